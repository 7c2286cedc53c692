package fi.valita.fees;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A fee line as a reviewer saw it: a change names the {@code version} it was made on, so that two
 * coordinators changing the same line at once cannot both succeed.
 */
public record FeeLineRevision(FeeLine line, int version, @Nullable UUID approvedBy, @Nullable Instant approvedAt,
        @Nullable Instant declinedAt) {}
