package fi.valita.identity.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** One-time invitation links, stored as hashes of their tokens. */
@Repository
public class Invitations {

    /** What an invitation link leads to, as long as it is open. */
    public record OpenInvitation(UUID id, UUID userId, Instant expiresAt) {}

    private final JdbcClient jdbc;

    Invitations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void add(UUID id, UUID userId, byte[] tokenHash, @Nullable UUID invitedBy, Instant createdAt, Instant expiresAt) {
        jdbc.sql("""
                insert into invitation (id, user_id, token_hash, invited_by, created_at, expires_at)
                values (:id, :user, :hash, :by, :created, :expires)""")
                .param("id", id)
                .param("user", userId)
                .param("hash", tokenHash)
                .param("by", invitedBy)
                .param("created", Timestamp.from(createdAt))
                .param("expires", Timestamp.from(expiresAt))
                .update();
    }

    /** Earlier links of the same person stop working when a new one is sent. */
    public void closeOpenOnesOf(UUID userId, Instant now) {
        jdbc.sql("update invitation set expires_at = :now where user_id = :user and used_at is null and expires_at > :now")
                .param("now", Timestamp.from(now))
                .param("user", userId)
                .update();
    }

    public Optional<OpenInvitation> openByTokenHash(byte[] tokenHash, Instant now) {
        return jdbc.sql("""
                select id, user_id, expires_at from invitation
                where token_hash = :hash and used_at is null and expires_at > :now""")
                .param("hash", tokenHash)
                .param("now", Timestamp.from(now))
                .query((rs, n) -> new OpenInvitation(
                        rs.getObject("id", UUID.class),
                        rs.getObject("user_id", UUID.class),
                        rs.getTimestamp("expires_at").toInstant()))
                .optional();
    }

    /**
     * Marks the invitation used, if it still is open. Returns false when someone else used it
     * first or it expired meanwhile: the update is the single point that decides.
     */
    public boolean use(UUID id, Instant now) {
        return jdbc.sql("update invitation set used_at = :now where id = :id and used_at is null and expires_at > :now")
                .param("now", Timestamp.from(now))
                .param("id", id)
                .update() == 1;
    }
}
