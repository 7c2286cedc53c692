package fi.valita.experts;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A training or certificate to add to a profile. */
public record NewTraining(
        TrainingKind kind, String name, @Nullable String provider, LocalDate completedOn, @Nullable LocalDate validUntil) {}
