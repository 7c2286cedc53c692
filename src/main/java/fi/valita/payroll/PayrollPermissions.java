package fi.valita.payroll;

import fi.valita.identity.CurrentUser;
import fi.valita.identity.Identity;
import fi.valita.identity.Organisation;
import fi.valita.identity.PlatformOperators;
import fi.valita.identity.Role;
import fi.valita.identity.UserAccount;
import fi.valita.notifications.Notifications;
import fi.valita.payroll.PermissionEvent.Action;
import fi.valita.payroll.internal.PermissionRecords;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The payroll permission: only its holders see whole identity codes, open the payroll pages, download
 * payroll files or call the payroll API. An admin grants and revokes it for the coordinators and
 * admins of their own organisation; being an admin does not by itself give it. A grant takes effect once
 * another admin of the organisation confirms it, so that no admin gives it to themselves alone; in an
 * organisation with one admin it takes effect at once and the platform operators are told in the app.
 * Every grant, confirmation and revocation is logged.
 */
@Service
public class PayrollPermissions {

    private static final Logger log = LoggerFactory.getLogger(PayrollPermissions.class);

    private final PermissionRecords permissions;
    private final Identity identity;
    private final PlatformOperators operators;
    private final Notifications notifications;
    private final Clock clock;

    PayrollPermissions(PermissionRecords permissions, Identity identity, PlatformOperators operators,
            Notifications notifications, Clock clock) {
        this.permissions = permissions;
        this.identity = identity;
        this.operators = operators;
        this.notifications = notifications;
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
        Map<UUID, UUID> pending = permissions.pendingIn(admin.organisationId());
        return Stream.of(Role.ADMIN, Role.COORDINATOR)
                .flatMap(role -> identity.peopleOf(admin.organisationId(), role).stream())
                .map(p -> new PermissionCandidate(p.id(), p.displayName(), p.role(), granted.contains(p.id()),
                        pending.containsKey(p.id()), pending.containsKey(p.id()) && !admin.id().equals(pending.get(p.id()))))
                .sorted(Comparator.comparing(PermissionCandidate::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /**
     * Gives the permission: it waits for another admin's confirmation, or, when the admin is the organisation's
     * only one who may sign in, takes effect at once and the platform operators are told.
     *
     * @return whether the permission is in effect now (false while it waits for confirmation)
     * @throws PayrollNotFound when the person is not a coordinator or admin of the admin's organisation
     */
    @Transactional
    public boolean grant(UUID userId, CurrentUser admin) {
        requireAdmin(admin);
        UserAccount person = candidate(userId, admin);
        Instant now = Instant.now(clock);
        boolean alone = adminsWhoMaySignIn(admin.organisationId()) < 2;
        if (permissions.grant(userId, admin.organisationId(), admin.id(), now, alone ? now : null)) {
            permissions.log(admin.organisationId(), userId, alone ? Action.GRANTED_ALONE : Action.REQUESTED,
                    admin.id(), now);
            if (alone) {
                tellOperators(person, admin);
            }
        }
        return permissions.isActive(userId, admin.organisationId());
    }

    /**
     * Confirms a grant another admin gave; it takes effect now.
     *
     * @throws AccessDeniedException when the admin gave it themselves
     * @throws PayrollNotFound when the person has no waiting grant in the admin's organisation
     */
    @Transactional
    public void confirm(UUID userId, CurrentUser admin) {
        requireAdmin(admin);
        candidate(userId, admin);
        UUID grantedBy = permissions.pendingIn(admin.organisationId()).get(userId);
        if (grantedBy == null) {
            throw PayrollNotFound.person(userId);
        }
        if (grantedBy.equals(admin.id())) {
            throw new AccessDeniedException("Another admin confirms the payroll permission");
        }
        Instant now = Instant.now(clock);
        if (permissions.confirm(userId, admin.organisationId(), admin.id(), now)) {
            permissions.log(admin.organisationId(), userId, Action.CONFIRMED, admin.id(), now);
        }
    }

    /** Takes the permission away, or withdraws a grant that waits for confirmation. */
    @Transactional
    public void revoke(UUID userId, CurrentUser admin) {
        requireAdmin(admin);
        candidate(userId, admin);
        Instant now = Instant.now(clock);
        if (permissions.revoke(userId, admin.organisationId(), admin.id(), now)) {
            permissions.log(admin.organisationId(), userId, Action.REVOKED, admin.id(), now);
        }
    }

    /** Every grant, confirmation and revocation in the admin's organisation, newest first. */
    @Transactional(readOnly = true)
    public List<PermissionEvent> events(CurrentUser admin) {
        requireAdmin(admin);
        Map<UUID, String> names = new HashMap<>();
        Function<UUID, String> name = id -> names.computeIfAbsent(id,
                i -> identity.account(i).map(UserAccount::displayName).orElse("–"));
        return permissions.eventsOf(admin.organisationId(), 200).stream()
                .map(e -> new PermissionEvent(e.at(), name.apply(e.userId()), e.action(), name.apply(e.by())))
                .toList();
    }

    private long adminsWhoMaySignIn(UUID organisationId) {
        return identity.activeAmong(identity.peopleOf(organisationId, Role.ADMIN).stream().map(UserAccount::id)
                .toList()).size();
    }

    /** No second admin could confirm: the platform operators hear of it, so that someone outside looks. */
    private void tellOperators(UserAccount person, CurrentUser admin) {
        String organisation = identity.organisation(admin.organisationId()).map(Organisation::name).orElse("–");
        for (UserAccount operator : operators.accounts()) {
            notifications.notify(operator.id(), "PAYROLL_GRANTED_ALONE", "payroll.notice.granted-alone",
                    List.of(person.displayName(), organisation, admin.displayName()), null);
        }
        if (operators.accounts().isEmpty()) {
            log.warn("The only admin of organisation {} gave the payroll permission; no platform operator is "
                    + "configured to be told", admin.organisationId());
        }
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
