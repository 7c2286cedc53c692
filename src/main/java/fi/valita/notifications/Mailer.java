package fi.valita.notifications;

import fi.valita.notifications.internal.MailDelivery;
import fi.valita.notifications.internal.SentMails;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends e-mail, or in the embedded default keeps it for admins to read, and logs every message
 * in {@code sent_mail}. Application logs get only the message id, never the address or text.
 */
@Service
public class Mailer {

    private static final Logger log = LoggerFactory.getLogger(Mailer.class);

    private final SentMails sentMails;
    private final MailDelivery delivery;
    private final Clock clock;

    Mailer(SentMails sentMails, MailSettings settings, ObjectProvider<JavaMailSender> smtp, Clock clock) {
        this.sentMails = sentMails;
        this.delivery = new MailDelivery(settings, smtp);
        this.clock = clock;
    }

    /**
     * Sends at once, outside any outbox: when the mail server is down the e-mail is logged as
     * {@code FAILED} and not tried again. Modules should use {@link Notifications#queueEmail} instead.
     */
    @Transactional
    public SentMail send(String to, String subject, String body, @Nullable UUID senderOrganisationId) {
        UUID id = UUID.randomUUID();
        String outcome;
        try {
            outcome = delivery.deliver(to, subject, body, null).name();
        } catch (MailException e) {
            log.warn("E-mail {} could not be sent: {}", id, e.getClass().getSimpleName());
            outcome = "FAILED";
        }
        var mail = new SentMail(id, to, subject, body, outcome, Instant.now(clock));
        sentMails.add(mail, senderOrganisationId);
        log.info("E-mail {} {}", id, outcome.toLowerCase());
        return mail;
    }

    /** The newest e-mails sent on behalf of an organisation. */
    @Transactional(readOnly = true)
    public List<SentMail> sentBy(UUID organisationId) {
        return sentMails.ofOrganisation(organisationId, 200);
    }

    @Transactional(readOnly = true)
    public Optional<SentMail> sentBy(UUID organisationId, UUID mailId) {
        return sentMails.byId(organisationId, mailId);
    }
}
