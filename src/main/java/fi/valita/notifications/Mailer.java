package fi.valita.notifications;

import fi.valita.notifications.internal.MailDelivery;
import fi.valita.notifications.internal.OneTimeSecrets;
import fi.valita.notifications.internal.SentMails;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends e-mail, or in the embedded default keeps it for admins to read, and logs every message
 * in {@code sent_mail}, never with a one-time link ({@link OneTimeSecrets}). Application logs get only the
 * message id, never the address or text.
 */
@Service
public class Mailer {

    private static final Logger log = LoggerFactory.getLogger(Mailer.class);

    private final SentMails sentMails;
    private final MailDelivery delivery;
    private final Clock clock;

    Mailer(SentMails sentMails, MailDelivery delivery, Clock clock) {
        this.sentMails = sentMails;
        this.delivery = delivery;
        this.clock = clock;
    }

    /**
     * Sends at once, outside any outbox: when the mail server is down the e-mail is logged as
     * {@code FAILED} and not tried again. Modules should use {@link Notifications#queueEmail} instead.
     */
    @Transactional
    public SentMail send(String to, String subject, String body, @Nullable UUID senderOrganisationId) {
        return send(to, subject, body, List.of(), senderOrganisationId);
    }

    /**
     * Like {@link #send(String, String, String, UUID)}, for an e-mail carrying one-time secrets: the recipient gets
     * them, the logged copy (and the returned one) has each replaced by {@value OneTimeSecrets#MARKER}.
     */
    @Transactional
    public SentMail send(String to, String subject, String body, List<String> secrets,
            @Nullable UUID senderOrganisationId) {
        UUID id = UUID.randomUUID();
        String outcome;
        try {
            outcome = delivery.deliver(id, to, subject, body, null).name();
        } catch (MailException e) {
            log.warn("E-mail {} could not be sent: {}", id, e.getClass().getSimpleName());
            outcome = "FAILED";
        }
        String stored = OneTimeSecrets.removedFrom(body, secrets);
        var mail = new SentMail(id, to, subject, stored, outcome, Instant.now(clock));
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
