package fi.valita.identity;

import java.util.Locale;
import java.util.UUID;

/**
 * An account's password was changed or reset. Its other sessions have ended; listeners end whatever
 * else proves who the person is (API tokens) and tell the person.
 */
public record PasswordChanged(
        UUID userId, UUID organisationId, String email, String displayName, boolean byReset, Locale locale) {}
