package fi.valita.identity;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/**
 * Someone was invited to Välitä. Carries the one-time link, which is stored nowhere else in clear
 * text, so that the notifications module can e-mail it. {@code senderOrganisationId} is the
 * inviter's organisation, whose admins see the e-mail among the sent mail.
 */
public record InvitationIssued(
        UUID userId,
        UUID organisationId,
        UUID senderOrganisationId,
        String organisationName,
        String email,
        String displayName,
        Role role,
        String link,
        Instant expiresAt,
        Locale locale) {}
