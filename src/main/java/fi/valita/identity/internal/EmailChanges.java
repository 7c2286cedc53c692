package fi.valita.identity.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** New sign-in addresses waiting for confirmation, found by the hash of the link's secret. */
@Repository
public class EmailChanges {

    /** A change that its link can still confirm. */
    public record OpenChange(UUID userId, String newEmail) {}

    private final JdbcClient jdbc;

    EmailChanges(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new request replaces the open ones of the same person. */
    public void add(byte[] tokenHash, UUID userId, String newEmail, Instant now, Instant expires) {
        jdbc.sql("update email_change set used_at = :now where user_id = :user and used_at is null")
                .param("now", Timestamp.from(now))
                .param("user", userId)
                .update();
        jdbc.sql("""
                insert into email_change (token_hash, user_id, new_email, created_at, expires_at)
                values (:hash, :user, :email, :created, :expires)""")
                .param("hash", tokenHash)
                .param("user", userId)
                .param("email", newEmail)
                .param("created", Timestamp.from(now))
                .param("expires", Timestamp.from(expires))
                .update();
    }

    public Optional<OpenChange> open(byte[] tokenHash, Instant now) {
        return jdbc.sql("""
                select user_id, new_email from email_change
                where token_hash = :hash and used_at is null and expires_at > :now""")
                .param("hash", tokenHash)
                .param("now", Timestamp.from(now))
                .query((rs, n) -> new OpenChange(rs.getObject("user_id", UUID.class), rs.getString("new_email")))
                .optional();
    }

    /** Uses the link up if it is still open; the update is the single point that decides. */
    public Optional<OpenChange> use(byte[] tokenHash, Instant now) {
        return jdbc.sql("""
                update email_change set used_at = :now
                where token_hash = :hash and used_at is null and expires_at > :now
                returning user_id, new_email""")
                .param("hash", tokenHash)
                .param("now", Timestamp.from(now))
                .query((rs, n) -> new OpenChange(rs.getObject("user_id", UUID.class), rs.getString("new_email")))
                .optional();
    }
}
