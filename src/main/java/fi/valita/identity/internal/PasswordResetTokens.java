package fi.valita.identity.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.ott.DefaultOneTimeToken;
import org.springframework.security.authentication.ott.GenerateOneTimeTokenRequest;
import org.springframework.security.authentication.ott.OneTimeToken;
import org.springframework.security.authentication.ott.OneTimeTokenAuthenticationToken;
import org.springframework.security.authentication.ott.OneTimeTokenService;
import org.springframework.stereotype.Repository;

/**
 * Password reset links as Spring Security one-time tokens, whose "username" is the account id (an
 * address can change; the id cannot). Unlike Spring's {@code JdbcOneTimeTokenService}, only a hash of
 * each token is stored, so a copy of the database opens no account.
 */
@Repository
public class PasswordResetTokens implements OneTimeTokenService {

    private final JdbcClient jdbc;
    private final Clock clock;

    PasswordResetTokens(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A new link for the account; its earlier links stop working. */
    @Override
    public OneTimeToken generate(GenerateOneTimeTokenRequest request) {
        UUID userId = UUID.fromString(request.getUsername());
        Instant now = clock.instant();
        closeOpenOnesOf(userId, now);
        String secret = OneTimeSecrets.newSecret();
        Instant expires = now.plus(request.getExpiresIn());
        jdbc.sql("""
                insert into password_reset_token (token_hash, user_id, created_at, expires_at)
                values (:hash, :user, :created, :expires)""")
                .param("hash", OneTimeSecrets.hash(secret))
                .param("user", userId)
                .param("created", Timestamp.from(now))
                .param("expires", Timestamp.from(expires))
                .update();
        return new DefaultOneTimeToken(secret, userId.toString(), expires);
    }

    /**
     * Uses the token up, if it is still open: the update is the single point that decides, so two
     * submits of the same link cannot both succeed.
     */
    @Override
    public @Nullable OneTimeToken consume(OneTimeTokenAuthenticationToken presented) {
        Instant now = clock.instant();
        return jdbc.sql("""
                update password_reset_token set used_at = :now
                where token_hash = :hash and used_at is null and expires_at > :now
                returning user_id, expires_at""")
                .param("now", Timestamp.from(now))
                .param("hash", OneTimeSecrets.hash(presented.getTokenValue()))
                .query((rs, n) -> (OneTimeToken) new DefaultOneTimeToken(presented.getTokenValue(),
                        rs.getObject("user_id", UUID.class).toString(), rs.getTimestamp("expires_at").toInstant()))
                .optional()
                .orElse(null);
    }

    /** The account an open token belongs to, without using the token up: for showing the form. */
    public Optional<UUID> holderOf(String secret) {
        return jdbc.sql("""
                select user_id from password_reset_token
                where token_hash = :hash and used_at is null and expires_at > :now""")
                .param("hash", OneTimeSecrets.hash(secret))
                .param("now", Timestamp.from(clock.instant()))
                .query(UUID.class)
                .optional();
    }

    private void closeOpenOnesOf(UUID userId, Instant now) {
        jdbc.sql("""
                update password_reset_token set used_at = :now
                where user_id = :user and used_at is null and expires_at > :now""")
                .param("now", Timestamp.from(now))
                .param("user", userId)
                .update();
    }
}
