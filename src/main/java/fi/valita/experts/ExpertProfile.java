package fi.valita.experts;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Everything the pool knows about an expert. Contains lived-experience data: show it only to the
 * expert and their pool's coordinators.
 *
 * @param feeWorkPause the expert's wish to be offered only volunteer work for a while, or null
 * @param version increases with every change; an edit based on an older version is refused
 */
public record ExpertProfile(
        UUID id,
        UUID organisationId,
        String displayName,
        String email,
        @Nullable String phone,
        @Nullable String homeMunicipality,
        Set<String> languages,
        boolean worksRemotely,
        @Nullable Integer travelKm,
        Set<TaskType> taskTypes,
        Set<EngagementForm> engagementForms,
        @Nullable String introduction,
        boolean visibleToRequesters,
        boolean showMunicipalityToRequesters,
        boolean onBreak,
        @Nullable LocalDate breakUntil,
        @Nullable Integer maxAssignmentsPerMonth,
        @Nullable Integer maxHoursPerWeek,
        List<LivedExperience> experiences,
        List<Training> trainings,
        List<WeeklySlot> availability,
        @Nullable FeeWorkPause feeWorkPause,
        int version) {

    /** On a break the expert stays in the pool and in contact but gets no offers. */
    public boolean isOnBreak(LocalDate today) {
        return onBreak && (breakUntil == null || !breakUntil.isBefore(today));
    }

    /** The expert asked not to be offered fee-based work on that day (volunteer work is still fine). */
    public boolean pausesFeeWorkOn(LocalDate day) {
        return feeWorkPause != null && feeWorkPause.covers(day);
    }

    /** Has a valid expert-by-experience training that a coordinator of the pool has confirmed. */
    public boolean isTrained(LocalDate today) {
        return trainings.stream().anyMatch(t -> isExpertTraining(t, today) && t.isConfirmed());
    }

    /** Has told of a valid expert-by-experience training that no coordinator has confirmed yet. */
    public boolean hasSelfDeclaredTraining(LocalDate today) {
        return trainings.stream().anyMatch(t -> isExpertTraining(t, today) && !t.isConfirmed());
    }

    private static boolean isExpertTraining(Training training, LocalDate today) {
        return training.kind() == TrainingKind.EXPERT_TRAINING && training.isValidOn(today);
    }
}
