package fi.valita.identity;

import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A request to invite a person.
 *
 * @param organisationId the organisation the person will belong to: the inviter's own, or for a
 *     requester a client organisation the inviter's pool serves
 * @param locale the language of the invitation e-mail
 */
public record Invite(
        String email, String displayName, Role role, UUID organisationId, @Nullable UUID unitId, Locale locale) {}
