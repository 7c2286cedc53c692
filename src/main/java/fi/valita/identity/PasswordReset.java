package fi.valita.identity;

import fi.valita.identity.internal.PasswordResetTokens;
import fi.valita.identity.internal.ResetRequests;
import fi.valita.identity.internal.SignedInSessions;
import fi.valita.identity.internal.UserAccounts;
import fi.valita.platform.LoginName;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.security.authentication.ott.GenerateOneTimeTokenRequest;
import org.springframework.security.authentication.ott.OneTimeToken;
import org.springframework.security.authentication.ott.OneTimeTokenAuthenticationToken;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A forgotten password: a one-time link by e-mail (Spring Security's {@code OneTimeTokenService}, with
 * hashed tokens), then a new password. The link only lets the person choose a new password; it does not
 * sign them in, so it cannot stand in for a password and a second factor.
 */
@Service
public class PasswordReset {

    /** What the person who asked is told. */
    public enum Answer {
        /** "If the address has an account, a link is on its way": the same whether or not it has one. */
        SENT_IF_KNOWN,
        /** Too many requests from this client address: try again later. */
        TOO_MANY_REQUESTS
    }

    private final UserAccounts accounts;
    private final PasswordResetTokens tokens;
    private final ResetRequests requests;
    private final SignedInSessions sessions;
    private final PasswordRules rules;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;
    private final RecoverySettings settings;
    private final Clock clock;
    private final String baseUrl;

    PasswordReset(UserAccounts accounts, PasswordResetTokens tokens, ResetRequests requests, SignedInSessions sessions,
            PasswordRules rules, PasswordEncoder passwordEncoder, ApplicationEventPublisher events,
            RecoverySettings settings, Clock clock, @Value("${valita.base-url}") String baseUrl) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.requests = requests;
        this.sessions = sessions;
        this.rules = rules;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
        this.settings = settings;
        this.clock = clock;
        this.baseUrl = baseUrl;
    }

    /**
     * Records the request and, within the limits, asks for a link to be sent. Whether the address has
     * an account is looked at only afterwards ({@link #on(PasswordResetRequested)}), so the answer and
     * the work before it are the same for every address.
     */
    @Transactional
    public Answer request(String email, String client, Locale locale) {
        Instant now = Instant.now(clock);
        Instant since = now.minus(settings.requestWindow());
        if (requests.fromClientSince(client, since) >= settings.maxRequestsPerClient()) {
            return Answer.TOO_MANY_REQUESTS;
        }
        String key = LoginName.of(email);
        requests.record(key, client, now);
        if (requests.forAddressSince(key, since) <= settings.maxRequestsPerAddress()) {
            events.publishEvent(new PasswordResetRequested(email.strip(), locale));
        }
        return Answer.SENT_IF_KNOWN;
    }

    /** Makes the link for an account that may sign in; an unknown or not yet activated address gets nothing. */
    @ApplicationModuleListener
    void on(PasswordResetRequested requested) {
        accounts.byEmail(requested.email()).filter(UserAccount::active).ifPresent(account -> {
            OneTimeToken token = tokens.generate(
                    new GenerateOneTimeTokenRequest(account.id().toString(), settings.resetLinkValidFor()));
            events.publishEvent(new PasswordResetLinkIssued(account.id(), account.organisationId(), account.email(),
                    account.displayName(), baseUrl + "/password-reset/" + token.getTokenValue(), token.getExpiresAt(),
                    requested.locale()));
        });
    }

    /** The account an open link belongs to, without using the link up. */
    @Transactional(readOnly = true)
    public UserAccount accountOf(String token) {
        return tokens.holderOf(token).flatMap(accounts::byId).orElseThrow(LinkNotOpen::passwordReset);
    }

    /**
     * Sets the new password and uses the link up; every session of the account ends, and so (by
     * {@link PasswordChanged}) do its API tokens. A password that breaks the rules leaves the link open.
     */
    @Transactional
    public void reset(String token, String newPassword, Locale locale) {
        UserAccount account = accountOf(token);
        rules.check(newPassword, account.email(), account.displayName());
        UUID userId = Optional.ofNullable(tokens.consume(OneTimeTokenAuthenticationToken.unauthenticated(token)))
                .map(t -> UUID.fromString(t.getUsername()))
                .orElseThrow(LinkNotOpen::passwordReset);
        accounts.setPassword(userId, passwordEncoder.encode(newPassword));
        sessions.endAllOf(userId, null);
        events.publishEvent(new PasswordChanged(userId, account.organisationId(), account.email(),
                account.displayName(), true, locale));
    }
}
