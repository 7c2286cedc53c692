package fi.valita.api;

import fi.valita.api.internal.ApiTokenRecords;
import fi.valita.identity.CurrentUser;
import fi.valita.identity.Identity;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * API tokens: 32 random bytes, shown once and kept only as a SHA-256 hash (a token is as strong
 * as a long random password, so a slow hash would add nothing). A token works until it expires or
 * its owner revokes it, and only while the owner's account may still sign in.
 */
@Service
public class ApiTokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    /** Recording every use would write on every call; a minute is precise enough for "last used". */
    private static final Duration LAST_USE_PRECISION = Duration.ofMinutes(1);

    private final ApiTokenRecords tokens;
    private final Identity identity;
    private final ApiSettings settings;
    private final Clock clock;

    ApiTokens(ApiTokenRecords tokens, Identity identity, ApiSettings settings, Clock clock) {
        this.tokens = tokens;
        this.identity = identity;
        this.settings = settings;
        this.clock = clock;
    }

    /** Makes a new token for the signed-in user; the returned secret is not stored anywhere. */
    @Transactional
    public IssuedToken issue(CurrentUser owner, String label) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = Instant.now(clock);
        var token = new ApiToken(UUID.randomUUID(), owner.id(), label.strip(), now, null,
                now.plus(settings.tokenValidFor()), null);
        tokens.add(token, hash(secret));
        return new IssuedToken(token, secret);
    }

    /** The user's own tokens, newest first, including revoked and expired ones. */
    @Transactional(readOnly = true)
    public List<ApiToken> of(CurrentUser owner) {
        return tokens.ofUser(owner.id());
    }

    /** The owner stops a token; another user's token answers as if it did not exist. Revoking twice is harmless. */
    @Transactional
    public void revoke(UUID id, CurrentUser owner) {
        var token = tokens.byId(id)
                .filter(t -> t.userId().equals(owner.id()))
                .orElseThrow(() -> ApiTokenNotFound.withId(id));
        tokens.revoke(token.id(), Instant.now(clock));
    }

    /** The user a presented token belongs to, if it is usable and its owner may still sign in; records the use. */
    @Transactional
    public Optional<CurrentUser> holderOf(String secret) {
        Optional<ApiToken> token = tokens.byHash(hash(secret)).filter(t -> t.isUsable(clock));
        if (token.isEmpty()) {
            return Optional.empty();
        }
        Instant now = Instant.now(clock);
        tokens.recordUse(token.get().id(), now, now.minus(LAST_USE_PRECISION));
        return identity.signedIn(token.get().userId());
    }

    private static byte[] hash(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
