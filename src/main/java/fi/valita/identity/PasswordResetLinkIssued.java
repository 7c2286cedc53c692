package fi.valita.identity;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/**
 * A password reset link was made for an account. Carries the one-time link, stored nowhere else in
 * clear text, so that the notifications module can e-mail it; publish it only to synchronous listeners.
 */
public record PasswordResetLinkIssued(
        UUID userId, UUID organisationId, String email, String displayName, String link, Instant expiresAt,
        Locale locale) {}
