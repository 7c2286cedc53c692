package fi.valita.experts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A completed training or certificate, e.g. the expert training, first aid, hygiene passport. It is the
 * expert's own word until a coordinator of the pool confirms it (having seen the certificate, say).
 *
 * @param confirmation who confirmed the entry and when; null while it is self-declared
 */
public record Training(
        UUID id,
        TrainingKind kind,
        String name,
        @Nullable String provider,
        LocalDate completedOn,
        @Nullable LocalDate validUntil,
        @Nullable Confirmation confirmation) {

    /** A coordinator of the pool vouched for the entry as it is now. */
    public record Confirmation(UUID by, Instant at) {}

    public boolean isValidOn(LocalDate day) {
        return !completedOn.isAfter(day) && (validUntil == null || !validUntil.isBefore(day));
    }

    public boolean isConfirmed() {
        return confirmation != null;
    }
}
