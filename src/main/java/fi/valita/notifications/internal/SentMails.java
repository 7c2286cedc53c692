package fi.valita.notifications.internal;

import fi.valita.notifications.SentMail;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The log of sent e-mails, per sending organisation. */
@Repository
public class SentMails {

    private final JdbcClient jdbc;

    SentMails(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void add(SentMail mail, @Nullable UUID organisationId) {
        jdbc.sql("""
                insert into sent_mail (id, organisation_id, recipient, subject, body, delivery, sent_at)
                values (:id, :org, :to, :subject, :body, :delivery, :at)""")
                .param("id", mail.id())
                .param("org", organisationId)
                .param("to", mail.recipient())
                .param("subject", mail.subject())
                .param("body", mail.body())
                .param("delivery", mail.delivery())
                .param("at", Timestamp.from(mail.sentAt()))
                .update();
    }

    public List<SentMail> ofOrganisation(UUID organisationId, int limit) {
        return jdbc.sql("select * from sent_mail where organisation_id = :org order by sent_at desc limit :limit")
                .param("org", organisationId)
                .param("limit", limit)
                .query(SentMails::map)
                .list();
    }

    public Optional<SentMail> byId(UUID organisationId, UUID id) {
        return jdbc.sql("select * from sent_mail where organisation_id = :org and id = :id")
                .param("org", organisationId)
                .param("id", id)
                .query(SentMails::map)
                .optional();
    }

    private static SentMail map(ResultSet rs, int row) throws SQLException {
        return new SentMail(
                rs.getObject("id", UUID.class),
                rs.getString("recipient"),
                rs.getString("subject"),
                rs.getString("body"),
                rs.getString("delivery"),
                rs.getTimestamp("sent_at").toInstant());
    }
}
