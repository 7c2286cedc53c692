package fi.valita.notifications.internal;

import fi.valita.notifications.Attachment;
import fi.valita.notifications.internal.OutboxMessage.Status;
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

/** The e-mail outbox table. */
@Repository
public class OutboxMessages {

    private final JdbcClient jdbc;

    OutboxMessages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void add(OutboxMessage message) {
        Attachment attachment = message.attachment();
        jdbc.sql("""
                insert into outbox_message (id, organisation_id, recipient, subject, body, attachment_name,
                    attachment_content_type, attachment, status, attempts, next_attempt_at, created_at, reference,
                    secrets)
                values (:id, :org, :to, :subject, :body, :fileName, :contentType, :bytes, :status, :attempts,
                    :next, :created, :reference, :secrets)""")
                .param("id", message.id())
                .param("org", message.organisationId())
                .param("to", message.recipient())
                .param("subject", message.subject())
                .param("body", message.body())
                .param("fileName", attachment == null ? null : attachment.name())
                .param("contentType", attachment == null ? null : attachment.contentType())
                .param("bytes", attachment == null ? null : attachment.bytes())
                .param("status", message.status().name())
                .param("attempts", message.attempts())
                .param("next", Timestamp.from(message.nextAttemptAt()))
                .param("created", Timestamp.from(message.createdAt()))
                .param("reference", message.reference())
                .param("secrets", message.secrets().toArray(String[]::new))
                .update();
    }

    /**
     * The next due e-mail, locked until the caller's transaction ends. Rows another worker has
     * locked are skipped, so two workers never send the same e-mail.
     */
    public Optional<OutboxMessage> lockNextDue(Instant now) {
        return jdbc.sql("""
                select * from outbox_message
                where status = 'PENDING' and next_attempt_at <= :now
                order by next_attempt_at
                limit 1
                for update skip locked""")
                .param("now", Timestamp.from(now))
                .query(OutboxMessages::map)
                .optional();
    }

    /** The e-mail has left (or was captured): from now on the row keeps only {@code storedBody}, no secrets. */
    public void markDone(UUID id, Status status, int attempts, Instant at, String storedBody) {
        jdbc.sql("""
                update outbox_message set status = :status, attempts = :attempts, sent_at = :at, last_error = null,
                    body = :body, secrets = '{}'
                where id = :id""")
                .param("id", id)
                .param("body", storedBody)
                .param("status", status.name())
                .param("attempts", attempts)
                .param("at", Timestamp.from(at))
                .update();
    }

    /** A failed attempt to be tried again at {@code nextAttemptAt}. */
    public void retryLater(UUID id, int attempts, String error, Instant nextAttemptAt) {
        jdbc.sql("""
                update outbox_message set attempts = :attempts, last_error = :error, next_attempt_at = :next
                where id = :id""")
                .param("id", id)
                .param("attempts", attempts)
                .param("error", error)
                .param("next", Timestamp.from(nextAttemptAt))
                .update();
    }

    /** Not sent, and never will be: the row keeps only {@code storedBody}, no secrets. */
    public void giveUp(UUID id, int attempts, String error, String storedBody) {
        jdbc.sql("""
                update outbox_message set status = 'FAILED_PERMANENTLY', attempts = :attempts, last_error = :error,
                    body = :body, secrets = '{}'
                where id = :id""")
                .param("id", id)
                .param("body", storedBody)
                .param("attempts", attempts)
                .param("error", error)
                .update();
    }

    /** Removes the not yet sent e-mails scheduled under the reference; returns how many. */
    public int cancelPending(String reference) {
        return jdbc.sql("delete from outbox_message where reference = :reference and status = 'PENDING'")
                .param("reference", reference)
                .update();
    }

    public Optional<OutboxMessage> byId(UUID id) {
        return jdbc.sql("select * from outbox_message where id = :id")
                .param("id", id)
                .query(OutboxMessages::map)
                .optional();
    }

    private static OutboxMessage map(ResultSet rs, int row) throws SQLException {
        String fileName = rs.getString("attachment_name");
        Attachment attachment = fileName == null ? null
                : new Attachment(fileName, rs.getString("attachment_content_type"), rs.getBytes("attachment"));
        return new OutboxMessage(
                rs.getObject("id", UUID.class),
                rs.getObject("organisation_id", UUID.class),
                rs.getString("recipient"),
                rs.getString("subject"),
                rs.getString("body"),
                attachment,
                Status.valueOf(rs.getString("status")),
                rs.getInt("attempts"),
                rs.getTimestamp("next_attempt_at").toInstant(),
                rs.getString("last_error"),
                rs.getTimestamp("created_at").toInstant(),
                instant(rs.getTimestamp("sent_at")),
                rs.getString("reference"),
                List.of((String[]) rs.getArray("secrets").getArray()));
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
