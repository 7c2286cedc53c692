package fi.valita.matching;

import fi.valita.assignments.EarlierOffer;
import fi.valita.assignments.Workload;
import fi.valita.experts.EngagementForm;
import fi.valita.experts.ExperienceRelation;
import fi.valita.experts.ExpertProfile;
import fi.valita.experts.FeeWorkPause;
import fi.valita.experts.LivedExperience;
import fi.valita.experts.TaskType;
import fi.valita.experts.Training;
import fi.valita.experts.TrainingKind;
import fi.valita.experts.WeeklySlot;
import fi.valita.requests.AreasRule;
import fi.valita.requests.FeeBasis;
import fi.valita.requests.RequestStatus;
import fi.valita.requests.WorkRequest;
import fi.valita.shared.Municipality;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A pool in Lapland, its experts and a requester, in memory: intention-named test data for the pure
 * ranking. The request is a talk on Monday 2 March 2026, 10–12 Helsinki time, in Rovaniemi, in Finnish.
 */
final class RankingScenario {

    static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
    static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);
    static final Map<String, Municipality> PLACES = Stream.of(
                    new Municipality("698", "Rovaniemi", "Rovaniemi", "Lappi", 66.4962, 25.7249),
                    new Municipality("240", "Kemi", "Kemi", "Lappi", 65.7353, 24.5705),
                    new Municipality("758", "Sodankylä", "Sodankylä", "Lappi", 67.4138, 26.5926),
                    new Municipality("091", "Helsinki", "Helsingfors", "Uusimaa", 60.1682, 24.9529))
            .collect(Collectors.toMap(Municipality::code, m -> m));

    final UUID pool = UUID.randomUUID();
    final UUID requester = UUID.randomUUID();
    LocalDate today = LocalDate.of(2026, 2, 20);
    MatchingWeights weights = MatchingWeights.defaults();
    final Set<UUID> inactive = new HashSet<>();
    final Set<UUID> booked = new HashSet<>();
    final Map<UUID, Workload> workloads = new HashMap<>();
    final Map<UUID, Integer> ratings = new HashMap<>();
    final Set<UUID> serving = new HashSet<>(Set.of(pool));
    final Map<UUID, EarlierOffer> earlierOffers = new HashMap<>();
    final Set<TaskType> trainingRequired = new HashSet<>();

    ExpertSketch expert(String name) {
        return new ExpertSketch(UUID.randomUUID(), name);
    }

    RequestSketch talk() {
        return new RequestSketch();
    }

    void recentAssignments(ExpertProfile expert, int count) {
        workloads.merge(expert.id(), new Workload(expert.id(), count, 0, 0),
                (old, n) -> new Workload(expert.id(), count, old.assignmentsInMonth(), old.hoursInWeek()));
    }

    /** What became of the expert's offer of the request being ranked, on the given day. */
    void earlierOffer(ExpertProfile expert, EarlierOffer.Outcome outcome, LocalDate on) {
        earlierOffers.put(expert.id(), new EarlierOffer(expert.id(), outcome, on.atTime(9, 0).atZone(HELSINKI).toInstant()));
    }

    void workload(ExpertProfile expert, int inMonth, double hoursInWeek) {
        workloads.put(expert.id(), new Workload(expert.id(), 0, inMonth, hoursInWeek));
    }

    Ranking rank(WorkRequest request, ExpertProfile... experts) {
        return rank(request, Arrays.asList(experts));
    }

    Ranking rank(WorkRequest request, List<ExpertProfile> experts) {
        Set<UUID> active = experts.stream().map(ExpertProfile::id).filter(id -> !inactive.contains(id))
                .collect(Collectors.toSet());
        var facts = new MatchingFacts(today, active, serving, booked, workloads,
                (expert, org) -> org.equals(requester) ? Optional.ofNullable(ratings.get(expert)) : Optional.empty(),
                code -> Optional.ofNullable(PLACES.get(code)), earlierOffers, trainingRequired);
        return new CandidateRanking(weights).rank(request, experts, facts);
    }

    static List<String> names(Ranking ranking) {
        return ranking.candidates().stream().map(Candidate::displayName).toList();
    }

    static Function<Candidate, List<String>> reasonCodes() {
        return c -> c.reasons().stream().map(Reason::code).toList();
    }

    final class ExpertSketch {
        private final UUID id;
        private final String name;
        private Set<String> languages = new LinkedHashSet<>(List.of("fi"));
        private String home = "698";
        private Integer travelKm = 200;
        private boolean remote = true;
        private Set<TaskType> tasks = Set.of(TaskType.STORY_LARGE_AUDIENCE);
        private final List<LivedExperience> experiences = new ArrayList<>();
        private final List<WeeklySlot> slots = new ArrayList<>();
        private boolean onBreak;
        private Integer perMonth;
        private Integer hoursPerWeek;
        private FeeWorkPause feeWorkPause;
        private final List<Training> trainings = new ArrayList<>();

        ExpertSketch(UUID id, String name) {
            this.id = id;
            this.name = name;
        }

        ExpertSketch speaks(String... codes) {
            languages = new LinkedHashSet<>(List.of(codes));
            return this;
        }

        ExpertSketch livesIn(String municipality) {
            home = municipality;
            return this;
        }

        ExpertSketch travelsUpTo(Integer km) {
            travelKm = km;
            return this;
        }

        ExpertSketch worksOnlyOnSite() {
            remote = false;
            return this;
        }

        ExpertSketch wants(TaskType... types) {
            tasks = Set.of(types);
            return this;
        }

        ExpertSketch sharedArea(UUID area) {
            experiences.add(new LivedExperience(area, ExperienceRelation.OWN, true));
            return this;
        }

        ExpertSketch privateArea(UUID area) {
            experiences.add(new LivedExperience(area, ExperienceRelation.OWN, false));
            return this;
        }

        ExpertSketch availableOn(DayOfWeek day, int fromHour, int toHour) {
            slots.add(new WeeklySlot(day, LocalTime.of(fromHour, 0), LocalTime.of(toHour, 0)));
            return this;
        }

        private Set<EngagementForm> forms = Set.of(EngagementForm.FEE_BASED_ASSIGNMENT, EngagementForm.VOLUNTEER);

        ExpertSketch onBreak() {
            onBreak = true;
            return this;
        }

        /** Works under exactly these engagement forms (none: none recorded); fee-based and volunteer work unless said. */
        ExpertSketch engagedAs(EngagementForm... engagementForms) {
            forms = Set.of(engagementForms);
            return this;
        }

        /** Asked to be offered only volunteer work, up to and including the day. */
        ExpertSketch volunteerWorkOnlyUntil(LocalDate lastDay) {
            feeWorkPause = new FeeWorkPause(lastDay);
            return this;
        }

        /** Asked to be offered only volunteer work until they change it back. */
        ExpertSketch volunteerWorkOnlyForNow() {
            feeWorkPause = new FeeWorkPause(null);
            return this;
        }

        /** An expert training, valid without an end, that a coordinator of the pool confirmed. */
        ExpertSketch trained() {
            return expertTraining(null, new Training.Confirmation(UUID.randomUUID(), Instant.parse("2025-06-01T10:00:00Z")));
        }

        /** A confirmed expert training that is valid up to and including the day. */
        ExpertSketch trainedUntil(LocalDate lastDay) {
            return expertTraining(lastDay, new Training.Confirmation(UUID.randomUUID(), Instant.parse("2025-06-01T10:00:00Z")));
        }

        /** An expert training the expert told of, not confirmed by anyone. */
        ExpertSketch declaresTraining() {
            return expertTraining(null, null);
        }

        private ExpertSketch expertTraining(LocalDate validUntil, Training.Confirmation confirmation) {
            trainings.add(new Training(UUID.randomUUID(), TrainingKind.EXPERT_TRAINING, "Kokemusasiantuntijakoulutus",
                    null, LocalDate.of(2024, 5, 20), validUntil, confirmation));
            return this;
        }

        ExpertSketch atMostPerMonth(int assignments) {
            perMonth = assignments;
            return this;
        }

        ExpertSketch atMostHoursPerWeek(int hours) {
            hoursPerWeek = hours;
            return this;
        }

        ExpertProfile build() {
            return new ExpertProfile(id, pool, name, name.toLowerCase() + "@test.example", null, home, languages, remote,
                    travelKm, tasks, forms, null, true, false, onBreak, null,
                    perMonth, hoursPerWeek, experiences, trainings, slots, feeWorkPause, 0);
        }
    }

    final class RequestSketch {
        private Instant startsAt = MONDAY.atTime(10, 0).atZone(HELSINKI).toInstant();
        private Instant endsAt = MONDAY.atTime(12, 0).atZone(HELSINKI).toInstant();
        private boolean window;
        private boolean remote;
        private String place = "698";
        private String language = "fi";
        private List<UUID> areas = List.of();
        private AreasRule rule = AreasRule.ANY;
        private TaskType task = TaskType.STORY_LARGE_AUDIENCE;
        private FeeBasis feeBasis = FeeBasis.ORGANISATION_RATE;

        RequestSketch at(LocalDateTime from, LocalDateTime to) {
            startsAt = from.atZone(HELSINKI).toInstant();
            endsAt = to.atZone(HELSINKI).toInstant();
            return this;
        }

        RequestSketch duringMarch() {
            window = true;
            return this;
        }

        RequestSketch remote() {
            remote = true;
            return this;
        }

        RequestSketch in(String municipality) {
            place = municipality;
            return this;
        }

        RequestSketch inLanguage(String code) {
            language = code;
            return this;
        }

        RequestSketch wantingAny(UUID... wanted) {
            areas = List.of(wanted);
            rule = AreasRule.ANY;
            return this;
        }

        RequestSketch wantingAll(UUID... wanted) {
            areas = List.of(wanted);
            rule = AreasRule.ALL;
            return this;
        }

        RequestSketch paidAs(FeeBasis basis) {
            feeBasis = basis;
            return this;
        }

        RequestSketch task(TaskType type) {
            task = type;
            return this;
        }

        WorkRequest build() {
            return new WorkRequest(UUID.randomUUID(), pool, requester, null, UUID.randomUUID(), "Recovery story", null, task,
                    areas, rule, "Students", 60, language, window ? null : startsAt, window ? null : endsAt,
                    window ? MONDAY : null, window ? MONDAY.plusDays(20) : null, remote, remote ? null : place,
                    remote ? null : "Jokiväylä 11", null, 1, feeBasis, null, "Opettaja", null, null, null,
                    RequestStatus.MATCHING, null, 0, Instant.parse("2026-02-01T08:00:00Z"));
        }
    }
}
