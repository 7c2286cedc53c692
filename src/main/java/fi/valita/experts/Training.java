package fi.valita.experts;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A completed training or certificate, e.g. the expert training, first aid, hygiene passport. */
public record Training(
        UUID id, TrainingKind kind, String name, @Nullable String provider, LocalDate completedOn, @Nullable LocalDate validUntil) {

    public boolean isValidOn(LocalDate day) {
        return !completedOn.isAfter(day) && (validUntil == null || !validUntil.isBefore(day));
    }
}
