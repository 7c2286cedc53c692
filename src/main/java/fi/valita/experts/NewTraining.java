package fi.valita.experts;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A training or certificate to add to a profile. */
public record NewTraining(
        TrainingKind kind, String name, @Nullable String provider, LocalDate completedOn, @Nullable LocalDate validUntil) {

    /** A certificate cannot stop being valid before it was earned. */
    public static boolean validBeforeCompleted(@Nullable LocalDate completedOn, @Nullable LocalDate validUntil) {
        return completedOn != null && validUntil != null && validUntil.isBefore(completedOn);
    }
}
