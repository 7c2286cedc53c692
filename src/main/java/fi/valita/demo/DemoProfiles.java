package fi.valita.demo;

import fi.valita.experts.Availability;
import fi.valita.experts.ContactDetails;
import fi.valita.experts.ExperienceArea;
import fi.valita.experts.ExpertPool;
import fi.valita.experts.LivedExperience;
import fi.valita.experts.NewTraining;
import fi.valita.experts.PublicPresentation;
import fi.valita.experts.Training;
import fi.valita.experts.TrainingKind;
import fi.valita.experts.WeeklySlot;
import fi.valita.experts.WorkPreferences;
import fi.valita.identity.CurrentUser;
import fi.valita.identity.UserAccount;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Fills a demo expert's empty profile through {@link ExpertPool}, acting as the expert themself.
 * Weekly times, limits, travel distance and training dates come from the given seeded random, and
 * dates count from today, so a training that is "expired" in the data stays expired.
 */
@Component
class DemoProfiles {

    private static final List<LocalTime[]> DAY_PARTS = List.of(
            new LocalTime[] {LocalTime.of(9, 0), LocalTime.of(12, 0)},
            new LocalTime[] {LocalTime.of(12, 0), LocalTime.of(16, 0)},
            new LocalTime[] {LocalTime.of(17, 0), LocalTime.of(20, 0)});

    private final ExpertPool pool;
    private final Clock clock;

    DemoProfiles(ExpertPool pool, Clock clock) {
        this.pool = pool;
        this.clock = clock;
    }

    /** Experts who have told of their expert training so recently that the coordinator has not confirmed it yet. */
    private static final Set<String> TRAINING_NOT_CONFIRMED_YET = Set.of("Hanna Järvinen", "Petri Alatalo", "Eero Hietala");

    void fill(UserAccount account, DemoExpert expert, String poolName, Random random, CurrentUser coordinator) {
        var self = new CurrentUser(account.id(), account.organisationId(), account.email(), account.displayName(),
                account.role(), true, "{noop}x");
        UUID id = account.id();
        LocalDate today = LocalDate.now(clock);
        Map<String, UUID> areas = pool.areasOf(self).stream()
                .collect(Collectors.toMap(ExperienceArea::code, ExperienceArea::id));

        pool.changeContact(id, version(self), new ContactDetails(expert.name(), expert.email(), null,
                expert.municipality(), expert.languages(), expert.remote(), travelKm(expert, random)), self);
        pool.changeWork(id, version(self), new WorkPreferences(expert.tasks(), expert.forms()), self);
        pool.changePresentation(id, version(self), new PublicPresentation(expert.introduction(),
                expert.visibleToRequesters(), expert.showsMunicipality()), self);
        pool.changeExperiences(id, version(self), expert.experiences().stream()
                .map(e -> new LivedExperience(area(areas, e.areaCode()), e.relation(), e.shared()))
                .toList(), self);
        Integer breakDays = expert.breakDays();
        pool.changeAvailability(id, version(self), new Availability(weekly(random), expert.onBreak(),
                breakDays == null ? null : today.plusDays(breakDays), limit(random, 2, 8), limit(random, 4, 20)), self);
        for (String training : expert.trainings()) {
            pool.addTraining(id, version(self), training(training, poolName, today, random), self);
        }
        if (!TRAINING_NOT_CONFIRMED_YET.contains(expert.name())) {
            confirmExpertTrainings(self, coordinator);
        }
    }

    /** The coordinator has seen the certificates of the expert training; others (first aid…) stay self-declared. */
    private void confirmExpertTrainings(CurrentUser expert, CurrentUser coordinator) {
        for (Training training : pool.profile(expert.id(), expert).trainings()) {
            if (training.kind() == TrainingKind.EXPERT_TRAINING) {
                pool.confirmTraining(expert.id(), version(expert), training.id(), coordinator);
            }
        }
    }

    private int version(CurrentUser self) {
        return pool.profile(self.id(), self).version();
    }

    private static @Nullable Integer travelKm(DemoExpert expert, Random random) {
        if (random.nextInt(5) == 0) {
            return null;
        }
        return expert.pool().equals("LAPPI") ? 50 * (1 + random.nextInt(6)) : 10 * (1 + random.nextInt(5));
    }

    /** One to three days a week, Monday to Saturday, each with one part of the day. */
    private static List<WeeklySlot> weekly(Random random) {
        List<DayOfWeek> days = new ArrayList<>(Arrays.asList(DayOfWeek.values()).subList(0, 6));
        Collections.shuffle(days, random);
        return days.subList(0, 1 + random.nextInt(3)).stream()
                .map(day -> {
                    LocalTime[] part = DAY_PARTS.get(random.nextInt(DAY_PARTS.size()));
                    return new WeeklySlot(day, part[0], part[1]);
                })
                .sorted(Comparator.comparing(WeeklySlot::day))
                .toList();
    }

    /** No limit for about a quarter, otherwise a value between low and high. */
    private static @Nullable Integer limit(Random random, int low, int high) {
        return random.nextInt(4) == 0 ? null : low + random.nextInt(high - low + 1);
    }

    private static NewTraining training(String code, String poolName, LocalDate today, Random random) {
        return switch (code) {
            case "expert" -> new NewTraining(TrainingKind.EXPERT_TRAINING, "Kokemusasiantuntijakoulutus", poolName,
                    today.minusMonths(6 + random.nextInt(84)), null);
            case "first-aid" -> firstAid(today.minusMonths(1 + random.nextInt(24)));
            case "first-aid-expired" -> firstAid(today.minusMonths(40 + random.nextInt(30)));
            case "hygiene" -> new NewTraining(TrainingKind.HYGIENE_PASSPORT, "Hygieniapassi", null,
                    today.minusMonths(12 + random.nextInt(100)), null);
            case "evaluator" -> new NewTraining(TrainingKind.EXPERIENCE_EVALUATOR, "Kokemusarvioijakoulutus",
                    "Arviointiopisto (demo)", today.minusMonths(3 + random.nextInt(36)), null);
            case "peer-instructor" -> new NewTraining(TrainingKind.PEER_INSTRUCTOR, "Vertaisohjaajakoulutus", poolName,
                    today.minusMonths(3 + random.nextInt(36)), null);
            default -> throw new IllegalArgumentException("Unknown demo training: " + code);
        };
    }

    /** A first-aid certificate is valid for three years. */
    private static NewTraining firstAid(LocalDate completedOn) {
        return new NewTraining(TrainingKind.FIRST_AID, "Ensiapu EA 1", "Ensiapukurssit (demo)", completedOn,
                completedOn.plusYears(3));
    }

    private static UUID area(Map<String, UUID> areas, String code) {
        UUID id = areas.get(code);
        if (id == null) {
            throw new IllegalArgumentException("No experience area " + code + " in the demo pool's vocabulary");
        }
        return id;
    }
}
