package fi.valita.api;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A bearer token of one user, as its owner may see it: never the secret itself, which is shown once. */
public record ApiToken(
        UUID id,
        UUID userId,
        String label,
        Instant createdAt,
        @Nullable Instant lastUsedAt,
        Instant expiresAt,
        @Nullable Instant revokedAt) {

    /** Neither revoked nor expired. */
    public boolean isUsable(Clock clock) {
        return revokedAt == null && Instant.now(clock).isBefore(expiresAt);
    }
}
