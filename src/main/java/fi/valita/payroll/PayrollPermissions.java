package fi.valita.payroll;

import fi.valita.identity.CurrentUser;
import fi.valita.identity.Identity;
import fi.valita.identity.Role;
import fi.valita.identity.UserAccount;
import fi.valita.payroll.internal.PermissionRecords;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The payroll permission: only its holders see whole identity codes, open the payroll pages, download
 * payroll files or call the payroll API. An admin grants and revokes it for the coordinators and
 * admins of their own organisation; being an admin does not by itself give it.
 */
@Service
public class PayrollPermissions {

    private final PermissionRecords permissions;
    private final Identity identity;
    private final Clock clock;

    PayrollPermissions(PermissionRecords permissions, Identity identity, Clock clock) {
        this.permissions = permissions;
        this.identity = identity;
        this.clock = clock;
    }

    /** Whether the user holds the payroll permission in their organisation now. */
    @Transactional(readOnly = true)
    public boolean has(CurrentUser user) {
        return user.coordinates() && permissions.isActive(user.id(), user.organisationId());
    }

    /** @throws AccessDeniedException unless the user holds the payroll permission */
    @Transactional(readOnly = true)
    public void require(CurrentUser user) {
        if (!has(user)) {
            throw new AccessDeniedException("Payroll permission needed");
        }
    }

    /** The coordinators and admins of the admin's organisation, by name, with their permission. */
    @Transactional(readOnly = true)
    public List<PermissionCandidate> candidates(CurrentUser admin) {
        requireAdmin(admin);
        Set<UUID> granted = permissions.activeIn(admin.organisationId());
        return Stream.of(Role.ADMIN, Role.COORDINATOR)
                .flatMap(role -> identity.peopleOf(admin.organisationId(), role).stream())
                .map(p -> new PermissionCandidate(p.id(), p.displayName(), p.role(), granted.contains(p.id())))
                .sorted(Comparator.comparing(PermissionCandidate::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /** @throws PayrollNotFound when the person is not a coordinator or admin of the admin's organisation */
    @Transactional
    public void grant(UUID userId, CurrentUser admin) {
        requireAdmin(admin);
        candidate(userId, admin);
        permissions.grant(userId, admin.organisationId(), admin.id(), Instant.now(clock));
    }

    @Transactional
    public void revoke(UUID userId, CurrentUser admin) {
        requireAdmin(admin);
        candidate(userId, admin);
        permissions.revoke(userId, admin.organisationId(), admin.id(), Instant.now(clock));
    }

    private UserAccount candidate(UUID userId, CurrentUser admin) {
        return identity.account(userId)
                .filter(a -> a.organisationId().equals(admin.organisationId()))
                .filter(a -> a.role() == Role.ADMIN || a.role() == Role.COORDINATOR)
                .orElseThrow(() -> PayrollNotFound.person(userId));
    }

    private static void requireAdmin(CurrentUser user) {
        if (!user.is(Role.ADMIN)) {
            throw new AccessDeniedException("Only admins keep the payroll permissions");
        }
    }
}
