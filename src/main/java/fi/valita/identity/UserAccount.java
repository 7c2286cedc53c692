package fi.valita.identity;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A person who can sign in, once they have accepted their invitation. */
public record UserAccount(
        UUID id,
        UUID organisationId,
        @Nullable UUID unitId,
        String email,
        String displayName,
        Role role,
        boolean active,
        @Nullable Instant privacyNoticeAcceptedAt) {}
