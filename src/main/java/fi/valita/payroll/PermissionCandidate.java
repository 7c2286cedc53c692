package fi.valita.payroll;

import fi.valita.identity.Role;
import java.util.UUID;

/**
 * A coordinator or admin of the organisation, and whether they hold the payroll permission.
 *
 * @param granted whether the permission is in effect
 * @param pending whether it was given and waits for another admin's confirmation
 * @param confirmable whether the admin looking may confirm it (someone else gave it)
 */
public record PermissionCandidate(UUID userId, String name, Role role, boolean granted, boolean pending,
        boolean confirmable) {}
