package fi.valita.identity;

import java.util.UUID;

/** A user account was created (by an invitation or by loading demo data). */
public record AccountCreated(UUID userId, UUID organisationId, Role role, String displayName, String email) {}
