package fi.valita.identity;

import fi.valita.identity.internal.EmailChanges;
import fi.valita.identity.internal.OneTimeSecrets;
import fi.valita.identity.internal.SignedInSessions;
import fi.valita.identity.internal.UserAccounts;
import fi.valita.platform.LoginName;
import fi.valita.platform.LoginThrottle;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a signed-in person changes about their own account: the password (with the current one) and
 * the sign-in address (only once the new address has confirmed it by a link).
 */
@Service
public class MyAccount {

    private final UserAccounts accounts;
    private final EmailChanges emailChanges;
    private final SignedInSessions sessions;
    private final PasswordRules rules;
    private final PasswordEncoder passwordEncoder;
    private final LoginThrottle throttle;
    private final ApplicationEventPublisher events;
    private final RecoverySettings settings;
    private final Clock clock;
    private final String baseUrl;

    MyAccount(UserAccounts accounts, EmailChanges emailChanges, SignedInSessions sessions, PasswordRules rules,
            PasswordEncoder passwordEncoder, LoginThrottle throttle, ApplicationEventPublisher events,
            RecoverySettings settings, Clock clock, @Value("${valita.base-url}") String baseUrl) {
        this.accounts = accounts;
        this.emailChanges = emailChanges;
        this.sessions = sessions;
        this.rules = rules;
        this.passwordEncoder = passwordEncoder;
        this.throttle = throttle;
        this.events = events;
        this.settings = settings;
        this.clock = clock;
        this.baseUrl = baseUrl;
    }

    @Transactional(readOnly = true)
    public UserAccount of(CurrentUser user) {
        return accounts.byId(user.id()).orElseThrow();
    }

    /**
     * Sets a new password when the current one is right; the person's other sessions and API tokens end.
     *
     * @param keepSession the session making the change, which stays signed in
     */
    @Transactional(noRollbackFor = AccountChangeRefused.class)
    public void changePassword(CurrentUser user, String currentPassword, String newPassword,
            @Nullable String keepSession, Locale locale) {
        UserAccount account = of(user);
        checkCurrentPassword(account, currentPassword);
        rules.check(newPassword, account.email(), account.displayName());
        accounts.setPassword(account.id(), passwordEncoder.encode(newPassword));
        sessions.endAllOf(account.id(), keepSession);
        events.publishEvent(new PasswordChanged(account.id(), account.organisationId(), account.email(),
                account.displayName(), false, locale));
    }

    /**
     * Sends a confirmation link to the new address. When the address already belongs to another account,
     * nothing is sent, but the answer is the same: it must not tell whose address it is.
     */
    @Transactional(noRollbackFor = AccountChangeRefused.class)
    public void requestEmailChange(CurrentUser user, String newEmail, String currentPassword, Locale locale) {
        UserAccount account = of(user);
        checkCurrentPassword(account, currentPassword);
        String email = newEmail.strip();
        if (!LoginName.survivesNormalisation(email)) {
            throw AccountChangeRefused.emailNotPlain();
        }
        if (LoginName.of(email).equals(LoginName.of(account.email()))) {
            throw AccountChangeRefused.sameEmail();
        }
        if (accounts.byEmail(email).isPresent()) {
            return;
        }
        Instant now = Instant.now(clock);
        Instant expires = now.plus(settings.emailLinkValidFor());
        String secret = OneTimeSecrets.newSecret();
        emailChanges.add(OneTimeSecrets.hash(secret), account.id(), email, now, expires);
        events.publishEvent(new EmailChangeLinkIssued(account.id(), account.organisationId(), email,
                account.displayName(), baseUrl + "/email-change/" + secret, expires, locale));
    }

    /** The new address an open confirmation link is for. */
    @Transactional(readOnly = true)
    public String pendingEmail(String token) {
        return emailChanges.open(OneTimeSecrets.hash(token), Instant.now(clock))
                .map(EmailChanges.OpenChange::newEmail)
                .orElseThrow(LinkNotOpen::emailChange);
    }

    /**
     * The new address confirmed: it becomes the sign-in address, the old one is told, and the person
     * signs in again everywhere with the new one. Refused when the address was taken meanwhile.
     */
    @Transactional
    public void confirmEmailChange(String token, Locale locale) {
        var change = emailChanges.use(OneTimeSecrets.hash(token), Instant.now(clock))
                .orElseThrow(LinkNotOpen::emailChange);
        UserAccount account = accounts.byId(change.userId()).orElseThrow(LinkNotOpen::emailChange);
        if (accounts.byEmail(change.newEmail()).isPresent()) {
            throw LinkNotOpen.emailChange();
        }
        accounts.changeEmail(account.id(), change.newEmail());
        sessions.endAllOf(account.id(), null);
        events.publishEvent(new SignInEmailChanged(account.id(), account.organisationId(), account.email(),
                change.newEmail(), account.displayName(), locale));
    }

    /** Wrong current passwords count as failed sign-ins, so a left-open session cannot be used to guess it. */
    private void checkCurrentPassword(UserAccount account, String currentPassword) {
        if (throttle.isLocked(account.email())) {
            throw AccountChangeRefused.tooManyTries();
        }
        String hash = accounts.passwordHash(account.id());
        if (hash == null || !passwordEncoder.matches(currentPassword, hash)) {
            throttle.recordFailure(account.email());
            throw AccountChangeRefused.wrongCurrentPassword();
        }
    }
}
