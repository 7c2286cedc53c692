package fi.valita.identity;

import fi.valita.identity.internal.Invitations;
import fi.valita.identity.internal.Organisations;
import fi.valita.identity.internal.UserAccounts;
import fi.valita.platform.LoginName;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Organisations, users and invitations: the identity module's API. */
@Service
public class Identity {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Organisations organisations;
    private final UserAccounts accounts;
    private final Invitations invitations;
    private final PasswordEncoder passwordEncoder;
    private final PasswordRules passwordRules;
    private final ApplicationEventPublisher events;
    private final IdentitySettings settings;
    private final Clock clock;
    private final String baseUrl;

    Identity(
            Organisations organisations,
            UserAccounts accounts,
            Invitations invitations,
            PasswordEncoder passwordEncoder,
            PasswordRules passwordRules,
            ApplicationEventPublisher events,
            IdentitySettings settings,
            Clock clock,
            @Value("${valita.base-url}") String baseUrl) {
        this.organisations = organisations;
        this.accounts = accounts;
        this.invitations = invitations;
        this.passwordEncoder = passwordEncoder;
        this.passwordRules = passwordRules;
        this.events = events;
        this.settings = settings;
        this.clock = clock;
        this.baseUrl = baseUrl;
    }

    @Transactional(readOnly = true)
    public Optional<Organisation> organisation(UUID id) {
        return organisations.byId(id);
    }

    @Transactional(readOnly = true)
    public List<OrganisationUnit> unitsOf(UUID organisationId) {
        return organisations.unitsOf(organisationId);
    }

    /** The client organisations whose requesters may order from this pool (not the pool's own). */
    @Transactional(readOnly = true)
    public List<Organisation> clientsOf(UUID poolOrganisationId) {
        return organisations.clientsOf(poolOrganisationId);
    }

    /** The pools whose experts a requester of this organisation may see and order from. */
    @Transactional(readOnly = true)
    public List<UUID> poolsServing(UUID organisationId) {
        return organisations.poolsServing(organisationId);
    }

    @Transactional(readOnly = true)
    public Optional<UserAccount> account(UUID userId) {
        return accounts.byId(userId);
    }

    /** The people of an organisation in a role, e.g. the coordinators to alert about a pool's work. */
    @Transactional(readOnly = true)
    public List<UserAccount> peopleOf(UUID organisationId, Role role) {
        return accounts.ofOrganisations(List.of(organisationId), role);
    }

    /** Of the given users, those who have accepted their invitation and may sign in. */
    @Transactional(readOnly = true)
    public java.util.Set<UUID> activeAmong(java.util.Collection<UUID> userIds) {
        return accounts.activeAmong(userIds);
    }

    @Transactional
    public Organisation createOrganisation(
            String name, OrganisationKind kind, @Nullable String municipalityCode, boolean runsPool) {
        var organisation = new Organisation(UUID.randomUUID(), name.strip(), kind, municipalityCode, runsPool);
        organisations.add(organisation);
        events.publishEvent(new OrganisationCreated(organisation.id(), runsPool));
        return organisation;
    }

    @Transactional
    public OrganisationUnit createUnit(UUID organisationId, String name, @Nullable String municipalityCode) {
        var unit = new OrganisationUnit(UUID.randomUUID(), organisationId, name.strip(), municipalityCode);
        organisations.addUnit(unit);
        return unit;
    }

    /**
     * Creates an organisation (a school, a city unit) that orders from the given pool. Its name must differ
     * from the pool's own and its other clients' names, but not from other pools' clients: refusing those
     * would tell an admin who another pool serves. The pool's row is locked so that two admins adding the
     * same name at once do not both succeed.
     */
    @Transactional
    public Organisation createClientOrganisation(
            UUID poolOrganisationId, String name, OrganisationKind kind, @Nullable String municipalityCode) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        organisations.lock(poolOrganisationId);
        boolean taken = Stream.concat(
                        organisations.byId(poolOrganisationId).stream(), organisations.clientsOf(poolOrganisationId).stream())
                .anyMatch(o -> o.name().toLowerCase(Locale.ROOT).equals(wanted));
        if (taken) {
            throw new DuplicateKeyException("The pool already has a client of this name");
        }
        Organisation client = createOrganisation(name, kind, municipalityCode, false);
        organisations.addClient(poolOrganisationId, client.id());
        return client;
    }

    @Transactional
    public void serveClient(UUID poolOrganisationId, UUID clientOrganisationId) {
        organisations.addClient(poolOrganisationId, clientOrganisationId);
    }

    /** Creates an account that can sign in at once; used for demo data and the first admin. */
    @Transactional
    public UserAccount createActiveAccount(Invite person, String rawPassword) {
        if (!LoginName.survivesNormalisation(person.email())) {
            throw InvitationRefused.addressNotPlain();
        }
        passwordRules.check(rawPassword, person.email(), person.displayName());
        var account = newAccount(person, Instant.now(clock));
        accounts.add(account, passwordEncoder.encode(rawPassword));
        events.publishEvent(new AccountCreated(
                account.id(), account.organisationId(), account.role(), account.displayName(), account.email()));
        return account;
    }

    /**
     * Invites a person by e-mail. A person invited before but not yet signed up gets a new link
     * and their old links stop working. An address that already has an account in another organisation
     * gets no second account: {@link InvitationRefused#answeredAsSent()} tells the form to answer as if the
     * invitation went out, so that the form does not tell who has an account elsewhere.
     */
    @Transactional
    public UserAccount invite(Invite invite, CurrentUser inviter) {
        List<InvitationRefused> refusals = refusalsOf(invite, inviter);
        if (!refusals.isEmpty()) {
            throw refusals.getFirst();
        }
        Instant now = Instant.now(clock);
        var existing = accounts.byEmail(invite.email());
        if (existing.isPresent() && !knownTo(existing.get(), invite, inviter)) {
            throw InvitationRefused.elsewhere();
        }
        UserAccount account;
        if (existing.isPresent()) {
            account = existing.get();
            invitations.closeOpenOnesOf(account.id(), now);
        } else {
            account = newAccount(invite, null);
            accounts.add(account, null);
            events.publishEvent(new AccountCreated(
                    account.id(), account.organisationId(), account.role(), account.displayName(), account.email()));
        }
        issueLink(account, inviter, invite.locale(), now);
        return account;
    }

    /** The account an open invitation link belongs to. */
    @Transactional(readOnly = true)
    public UserAccount invitedAccount(String token) {
        var invitation = invitations.openByTokenHash(hash(token), Instant.now(clock)).orElseThrow(InvitationNotOpen::new);
        return accounts.byId(invitation.userId()).orElseThrow(InvitationNotOpen::new);
    }

    /**
     * Sets the password and records the acceptance of the privacy notice; the link then stops working.
     *
     * @throws PasswordRefused when the password breaks the {@link PasswordRules}; the link stays open
     */
    @Transactional
    public UserAccount acceptInvitation(String token, String rawPassword) {
        Instant now = Instant.now(clock);
        var invitation = invitations.openByTokenHash(hash(token), now).orElseThrow(InvitationNotOpen::new);
        UserAccount invited = accounts.byId(invitation.userId()).orElseThrow(InvitationNotOpen::new);
        passwordRules.check(rawPassword, invited.email(), invited.displayName());
        if (!invitations.use(invitation.id(), now)) {
            throw new InvitationNotOpen();
        }
        accounts.activate(invitation.userId(), passwordEncoder.encode(rawPassword), now);
        return accounts.byId(invitation.userId()).orElseThrow(InvitationNotOpen::new);
    }

    /**
     * Every reason {@link #invite} would refuse the invitation (the role, the organisation, the unit,
     * an address that changes under {@link LoginName}, the address of someone of the inviter's or the
     * invited organisation already signed up or in another role), each for its own field, so that the form
     * shows them with its other mistakes at once. An address with an account in any other organisation is
     * not among them: see {@link #invite}.
     */
    @Transactional(readOnly = true)
    public List<InvitationRefused> refusalsOf(Invite invite, CurrentUser inviter) {
        if (!inviter.coordinates()) {
            return List.of(InvitationRefused.roleNotAllowed());
        }
        List<InvitationRefused> refusals = new ArrayList<>();
        Set<Role> allowed = inviter.is(Role.ADMIN)
                ? Set.of(Role.ADMIN, Role.COORDINATOR, Role.EXPERT, Role.REQUESTER)
                : Set.of(Role.EXPERT, Role.REQUESTER);
        if (!allowed.contains(invite.role())) {
            refusals.add(InvitationRefused.roleNotAllowed());
        }
        boolean ownOrganisation = invite.organisationId().equals(inviter.organisationId());
        boolean servedClient = invite.role() == Role.REQUESTER
                && organisations.clientsOf(inviter.organisationId()).stream()
                        .anyMatch(o -> o.id().equals(invite.organisationId()));
        if (!ownOrganisation && !servedClient) {
            refusals.add(InvitationRefused.organisationNotServed());
        }
        if (invite.unitId() != null && organisations.unitsOf(invite.organisationId()).stream()
                .noneMatch(u -> u.id().equals(invite.unitId()))) {
            refusals.add(InvitationRefused.unitNotInOrganisation());
        }
        if (!LoginName.survivesNormalisation(invite.email())) {
            refusals.add(InvitationRefused.addressNotPlain());
        }
        accounts.byEmail(invite.email())
                .filter(account -> knownTo(account, invite, inviter))
                .ifPresent(account -> {
                    if (account.active()) {
                        refusals.add(InvitationRefused.alreadyActive());
                    } else if (!account.organisationId().equals(invite.organisationId()) || account.role() != invite.role()) {
                        refusals.add(InvitationRefused.belongsElsewhere());
                    }
                });
        return refusals;
    }

    /** The inviter may hear of accounts of their own organisation and of the one they invite to, no others. */
    private static boolean knownTo(UserAccount account, Invite invite, CurrentUser inviter) {
        return account.organisationId().equals(inviter.organisationId())
                || account.organisationId().equals(invite.organisationId());
    }

    private UserAccount newAccount(Invite person, @Nullable Instant privacyAcceptedAt) {
        return new UserAccount(
                UUID.randomUUID(),
                person.organisationId(),
                person.unitId(),
                person.email().strip(),
                person.displayName().strip(),
                person.role(),
                privacyAcceptedAt != null,
                privacyAcceptedAt);
    }

    private void issueLink(UserAccount account, CurrentUser inviter, Locale locale, Instant now) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant expires = now.plus(settings.invitationValidFor());
        invitations.add(UUID.randomUUID(), account.id(), hash(token), inviter.id(), now, expires);
        String organisationName = organisations.byId(account.organisationId()).map(Organisation::name).orElse("");
        events.publishEvent(new InvitationIssued(
                account.id(), account.organisationId(), inviter.organisationId(), organisationName, account.email(),
                account.displayName(),
                account.role(), baseUrl + "/invitations/" + token, expires, locale));
    }

    private static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    /** All organisations, by name; e.g. to tell whether the database is still empty. */
    @Transactional(readOnly = true)
    public List<Organisation> organisations() {
        return organisations.all();
    }

    /**
     * The user as if signed in, for a request that proves who it is without a password (an API
     * token): empty when the account no longer exists or may no longer sign in. The principal
     * carries no password hash, as after a password sign-in.
     */
    @Transactional(readOnly = true)
    public Optional<CurrentUser> signedIn(UUID userId) {
        return accounts.byId(userId)
                .filter(UserAccount::active)
                .map(a -> new CurrentUser(a.id(), a.organisationId(), a.email(), a.displayName(), a.role(), true, null));
    }
}
