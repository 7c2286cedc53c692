package fi.valita.identity.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Requests for reset links, kept in PostgreSQL so that the limits hold across restarts and nodes.
 * Every request is recorded, known address or not, so that both cost the same.
 */
@Repository
public class ResetRequests {

    private static final Duration KEPT_FOR = Duration.ofDays(1);

    private final JdbcClient jdbc;

    ResetRequests(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(String emailKey, String client, Instant at) {
        jdbc.sql("delete from password_reset_request where requested_at < :old")
                .param("old", Timestamp.from(at.minus(KEPT_FOR)))
                .update();
        jdbc.sql("insert into password_reset_request (email_key, client, requested_at) values (:email, :client, :at)")
                .param("email", emailKey)
                .param("client", client)
                .param("at", Timestamp.from(at))
                .update();
    }

    public int forAddressSince(String emailKey, Instant since) {
        return jdbc.sql("select count(*) from password_reset_request where email_key = :email and requested_at > :since")
                .param("email", emailKey)
                .param("since", Timestamp.from(since))
                .query(Integer.class)
                .single();
    }

    public int fromClientSince(String client, Instant since) {
        return jdbc.sql("select count(*) from password_reset_request where client = :client and requested_at > :since")
                .param("client", client)
                .param("since", Timestamp.from(since))
                .query(Integer.class)
                .single();
    }
}
