package fi.valita.notifications.internal;

import fi.valita.notifications.OutboxSettings;
import fi.valita.notifications.SentMail;
import fi.valita.notifications.internal.MailDelivery.Outcome;
import fi.valita.notifications.internal.OutboxMessage.Status;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the e-mails waiting in the outbox. Each e-mail is locked, handed to the mail server and
 * marked in one short transaction, so a worker that dies mid-way leaves the e-mail due again: an
 * e-mail is sent at least once, and twice only if the database fails right after the mail server
 * took it. A failed attempt is tried again later ({@link OutboxSettings#retryAfter}); after
 * {@link OutboxSettings#maxAttempts} it is given up and shown as failed among the sent mail.
 */
@Component
public class OutboxWorker {

    private static final Logger log = LoggerFactory.getLogger(OutboxWorker.class);

    private final OutboxMessages outbox;
    private final SentMails sentMails;
    private final MailDelivery delivery;
    private final OutboxSettings settings;
    private final TransactionTemplate transaction;
    private final Clock clock;

    OutboxWorker(
            OutboxMessages outbox, SentMails sentMails, MailDelivery delivery, OutboxSettings settings,
            PlatformTransactionManager transactions, Clock clock) {
        this.outbox = outbox;
        this.sentMails = sentMails;
        this.delivery = delivery;
        this.settings = settings;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** Tries every due e-mail, at most {@link OutboxSettings#batchSize} of them; returns how many. */
    public int deliverDue() {
        int tried = 0;
        while (tried < settings.batchSize() && Boolean.TRUE.equals(transaction.execute(status -> deliverNext()))) {
            tried++;
        }
        return tried;
    }

    private boolean deliverNext() {
        Instant now = clock.instant();
        var due = outbox.lockNextDue(now);
        if (due.isEmpty()) {
            return false;
        }
        OutboxMessage message = due.get();
        int attempts = message.attempts() + 1;
        Outcome outcome;
        try {
            outcome = delivery.deliver(message.id(), message.recipient(), message.subject(), message.body(),
                    message.attachment());
        } catch (RuntimeException e) {
            failed(message, attempts, errorName(e), now);
            return true;
        }
        // A database failure from here on rolls back: the e-mail stays due and is sent again.
        outbox.markDone(message.id(), outcome == Outcome.SMTP ? Status.SENT : Status.CAPTURED, attempts, now,
                message.storedBody());
        record(message, outcome.name(), now);
        log.info("E-mail {} {}", message.id(), outcome.name().toLowerCase());
        return true;
    }

    private void failed(OutboxMessage message, int attempts, String error, Instant now) {
        if (attempts >= settings.maxAttempts()) {
            outbox.giveUp(message.id(), attempts, error, message.storedBody());
            record(message, "FAILED", now);
            log.warn("E-mail {} given up after {} attempts: {}", message.id(), attempts, error);
        } else {
            Instant next = now.plus(settings.retryAfter(attempts));
            outbox.retryLater(message.id(), attempts, error, next);
            log.warn("E-mail {} attempt {} failed: {}; trying again at {}", message.id(), attempts, error, next);
        }
    }

    private void record(OutboxMessage message, String delivery, Instant at) {
        sentMails.add(new SentMail(message.id(), message.recipient(), message.subject(), message.storedBody(), delivery,
                at), message.organisationId());
    }

    /** Class names only: the messages of mail exceptions may quote e-mail addresses. */
    private static String errorName(Throwable e) {
        Throwable cause = NestedExceptionUtils.getMostSpecificCause(e);
        return cause == e ? e.getClass().getName() : e.getClass().getName() + " < " + cause.getClass().getName();
    }
}
