package fi.valita.api.internal;

import fi.valita.api.ApiToken;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** API tokens, found by the hash of their secret. */
@Repository
public class ApiTokenRecords {

    private final JdbcClient jdbc;

    ApiTokenRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void add(ApiToken token, byte[] hash) {
        jdbc.sql("""
                insert into api_token (id, user_id, token_hash, label, created_at, expires_at)
                values (:id, :user, :hash, :label, :created, :expires)""")
                .param("id", token.id())
                .param("user", token.userId())
                .param("hash", hash)
                .param("label", token.label())
                .param("created", Timestamp.from(token.createdAt()))
                .param("expires", Timestamp.from(token.expiresAt()))
                .update();
    }

    public Optional<ApiToken> byId(UUID id) {
        return jdbc.sql("select * from api_token where id = :id").param("id", id).query(ApiTokenRecords::map).optional();
    }

    public Optional<ApiToken> byHash(byte[] hash) {
        return jdbc.sql("select * from api_token where token_hash = :hash")
                .param("hash", hash)
                .query(ApiTokenRecords::map)
                .optional();
    }

    public List<ApiToken> ofUser(UUID userId) {
        return jdbc.sql("select * from api_token where user_id = :user order by created_at desc, id")
                .param("user", userId)
                .query(ApiTokenRecords::map)
                .list();
    }

    public void revoke(UUID id, Instant at) {
        jdbc.sql("update api_token set revoked_at = :at where id = :id and revoked_at is null")
                .param("at", Timestamp.from(at))
                .param("id", id)
                .update();
    }

    public void revokeAllOf(UUID userId, Instant at) {
        jdbc.sql("update api_token set revoked_at = :at where user_id = :user and revoked_at is null")
                .param("at", Timestamp.from(at))
                .param("user", userId)
                .update();
    }

    /** Records a use unless one was recorded after {@code unlessSince}. */
    public void recordUse(UUID id, Instant at, Instant unlessSince) {
        jdbc.sql("""
                update api_token set last_used_at = :at
                where id = :id and (last_used_at is null or last_used_at < :since)""")
                .param("at", Timestamp.from(at))
                .param("since", Timestamp.from(unlessSince))
                .param("id", id)
                .update();
    }

    private static ApiToken map(ResultSet rs, int row) throws SQLException {
        return new ApiToken(
                rs.getObject("id", UUID.class),
                rs.getObject("user_id", UUID.class),
                rs.getString("label"),
                rs.getTimestamp("created_at").toInstant(),
                instant(rs.getTimestamp("last_used_at")),
                rs.getTimestamp("expires_at").toInstant(),
                instant(rs.getTimestamp("revoked_at")));
    }

    private static @Nullable Instant instant(@Nullable Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
