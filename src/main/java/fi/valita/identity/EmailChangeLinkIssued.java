package fi.valita.identity;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/**
 * A person asked to sign in with a new address: the link that confirms it goes to that address.
 * Carries the one-time link, stored nowhere else in clear text; publish it only to synchronous listeners.
 */
public record EmailChangeLinkIssued(
        UUID userId, UUID organisationId, String newEmail, String displayName, String link, Instant expiresAt,
        Locale locale) {}
