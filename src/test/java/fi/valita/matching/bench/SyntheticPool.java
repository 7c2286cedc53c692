package fi.valita.matching.bench;

import fi.valita.experts.EngagementForm;
import fi.valita.experts.ExperienceRelation;
import fi.valita.experts.ExpertProfile;
import fi.valita.experts.LivedExperience;
import fi.valita.experts.TaskType;
import fi.valita.experts.WeeklySlot;
import fi.valita.requests.AreasRule;
import fi.valita.requests.FeeBasis;
import fi.valita.requests.RequestStatus;
import fi.valita.requests.WorkRequest;
import fi.valita.shared.Municipality;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Made-up but plausible experts and requests of one pool in Lapland and Oulu region, from a seeded random
 * source, so that every run sees the same data. For the fairness simulation and the benchmark only.
 */
public final class SyntheticPool {

    public static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
    public static final Map<String, Municipality> PLACES = Stream.of(
                    new Municipality("698", "Rovaniemi", "Rovaniemi", "Lappi", 66.4962, 25.7249),
                    new Municipality("240", "Kemi", "Kemi", "Lappi", 65.7353, 24.5705),
                    new Municipality("851", "Tornio", "Torneå", "Lappi", 65.8480, 24.1467),
                    new Municipality("758", "Sodankylä", "Sodankylä", "Lappi", 67.4138, 26.5926),
                    new Municipality("320", "Kemijärvi", "Kemijärvi", "Lappi", 66.7139, 27.4311),
                    new Municipality("148", "Inari", "Enare", "Lappi", 68.9057, 27.0280),
                    new Municipality("564", "Oulu", "Uleåborg", "Pohjois-Pohjanmaa", 65.0121, 25.4651),
                    new Municipality("091", "Helsinki", "Helsingfors", "Uusimaa", 60.1682, 24.9529))
            .collect(Collectors.toMap(Municipality::code, Function.identity()));
    private static final List<String> CODES = PLACES.keySet().stream().sorted().toList();
    private static final TaskType[] TASKS = TaskType.values();

    public final UUID pool = new UUID(1, 1);
    public final List<UUID> areas;
    public final List<UUID> requesters;
    private final Random random;

    public SyntheticPool(long seed, int areaCount, int requesterCount) {
        this.random = new Random(seed);
        this.areas = ids(2, areaCount);
        this.requesters = ids(3, requesterCount);
    }

    private static List<UUID> ids(long kind, int count) {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(new UUID(kind, i));
        }
        return ids;
    }

    /** Experts with 1–3 areas (four in five shared for matching), 2–4 task types, mostly Finnish speakers. */
    public List<ExpertProfile> experts(int count) {
        List<ExpertProfile> experts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            experts.add(expert(new UUID(4, i), "Expert " + i));
        }
        return experts;
    }

    private ExpertProfile expert(UUID id, String name) {
        Set<String> languages = new HashSet<>(Set.of("fi"));
        if (random.nextInt(4) == 0) {
            languages.add("sv");
        }
        if (random.nextInt(10) == 0) {
            languages.add("en");
        }
        Set<TaskType> tasks = EnumSet.noneOf(TaskType.class);
        for (int t = 2 + random.nextInt(3); t > 0; t--) {
            tasks.add(TASKS[random.nextInt(TASKS.length)]);
        }
        List<LivedExperience> experiences = new ArrayList<>();
        for (UUID area : pick(areas, 1 + random.nextInt(3))) {
            experiences.add(new LivedExperience(area, ExperienceRelation.OWN, random.nextInt(5) != 0));
        }
        List<WeeklySlot> slots = random.nextInt(3) == 0 ? List.of()
                : List.of(new WeeklySlot(DayOfWeek.values()[random.nextInt(5)], LocalTime.of(8, 0), LocalTime.of(16, 0)),
                        new WeeklySlot(DayOfWeek.values()[random.nextInt(5)], LocalTime.of(9, 0), LocalTime.of(15, 0)));
        return new ExpertProfile(id, pool, name, "e" + id + "@example.org", null, CODES.get(random.nextInt(CODES.size())),
                languages, random.nextInt(10) < 7, 50 + random.nextInt(6) * 50, tasks,
                Set.of(EngagementForm.FEE_BASED_ASSIGNMENT), null, true, false, random.nextInt(20) == 0, null,
                random.nextInt(3) == 0 ? 4 : null, random.nextInt(4) == 0 ? 10 : null, experiences, List.of(), slots, null, 0);
    }

    /** A two-hour request at 10:00 on the given day: a third remote, 1–2 wanted areas, mostly in Finnish. */
    public WorkRequest request(UUID id, LocalDate day) {
        boolean remote = random.nextInt(3) == 0;
        int lang = random.nextInt(20);
        Instant start = day.atTime(10, 0).atZone(HELSINKI).toInstant();
        return new WorkRequest(id, pool, requesters.get(random.nextInt(requesters.size())), null, new UUID(5, 0), "Request",
                null, TASKS[random.nextInt(TASKS.length)], pick(areas, 1 + random.nextInt(2)),
                random.nextBoolean() ? AreasRule.ANY : AreasRule.ALL, null, 30, lang < 17 ? "fi" : lang < 19 ? "sv" : "en",
                start, start.plusSeconds(7200), null, null, remote, remote ? null : CODES.get(random.nextInt(CODES.size() - 1)),
                null, null, 1, FeeBasis.ORGANISATION_RATE, null, "Contact", null, null, null, RequestStatus.MATCHING, null, 0,
                start.minusSeconds(14 * 86400));
    }

    private List<UUID> pick(List<UUID> from, int count) {
        List<UUID> copy = new ArrayList<>(from);
        java.util.Collections.shuffle(copy, random);
        return List.copyOf(copy.subList(0, Math.min(count, copy.size())));
    }
}
