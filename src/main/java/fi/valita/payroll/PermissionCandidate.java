package fi.valita.payroll;

import fi.valita.identity.Role;
import java.util.UUID;

/** A coordinator or admin of the organisation, and whether they hold the payroll permission. */
public record PermissionCandidate(UUID userId, String name, Role role, boolean granted) {}
