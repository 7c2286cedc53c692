package fi.valita.identity;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads the e-mails Välitä kept in {@code sent_mail}, each with the body its recipient got ({@link CapturedMails}):
 * the kept copy has its one-time links removed. They are written by the outbox worker after the inviting
 * transaction commits, so reading waits for them.
 */
public final class Mailbox {

    private static final Pattern INVITATION_LINK = Pattern.compile("https?://\\S+(/invitations/[A-Za-z0-9_-]+)");

    /**
     * One e-mail as logged.
     *
     * @param body as the recipient got it, one-time links included
     * @param storedBody as Välitä keeps it in the sent mail
     */
    public record Mail(UUID id, String recipient, String subject, String body, String storedBody, String delivery) {

        /** The path of the one-time link in an invitation e-mail, e.g. {@code /invitations/abc}. */
        public String invitationPath() {
            Matcher m = INVITATION_LINK.matcher(body);
            if (!m.find()) {
                throw new AssertionError("No invitation link in the e-mail body");
            }
            return m.group(1);
        }

        /** The path of a one-time link that starts with {@code prefix}, e.g. {@code /password-reset/}. */
        public String linkPath(String prefix) {
            Matcher m = Pattern.compile("https?://[^/\\s]+(" + Pattern.quote(prefix) + "[A-Za-z0-9_-]+)").matcher(body);
            if (!m.find()) {
                throw new AssertionError("No " + prefix + " link in the e-mail body");
            }
            return m.group(1);
        }

        public String invitationToken() {
            return invitationPath().substring("/invitations/".length());
        }
    }

    private final JdbcClient jdbc;

    public Mailbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Waits until {@code count} e-mails have been logged for the address; returns them oldest first. */
    public List<Mail> awaitMails(String recipient, int count) {
        await().atMost(Duration.ofSeconds(10)).until(() -> mailsTo(recipient).size() >= count);
        return mailsTo(recipient);
    }

    public Mail awaitMail(String recipient) {
        return awaitMails(recipient, 1).getFirst();
    }

    public List<Mail> mailsTo(String recipient) {
        return jdbc.sql("select id, recipient, subject, body, delivery from sent_mail where recipient = :to order by sent_at")
                .param("to", recipient)
                .query((rs, row) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    String stored = rs.getString("body");
                    return new Mail(id, rs.getString("recipient"), rs.getString("subject"),
                            CapturedMails.bodyOf(id).orElse(stored), stored, rs.getString("delivery"));
                })
                .list();
    }
}
