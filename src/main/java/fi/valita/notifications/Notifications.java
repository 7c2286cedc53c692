package fi.valita.notifications;

import fi.valita.identity.Identity;
import fi.valita.identity.UserAccount;
import fi.valita.notifications.internal.AppNotifications;
import fi.valita.notifications.internal.OutboxMessage;
import fi.valita.notifications.internal.OutboxMessages;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Messages to people: e-mail through the outbox, and notifications inside Välitä. Both are written
 * in the caller's transaction, which must exist: if the change they tell about is rolled back, they
 * vanish with it, and once it is committed they cannot be lost. Call them from the method that makes
 * the change, or from a synchronous {@code @EventListener} of an event that method publishes.
 */
@Service
public class Notifications {

    private static final Pattern KIND = Pattern.compile("[A-Z][A-Z0-9_]{0,59}");
    private static final Pattern LOCAL_PATH = Pattern.compile("/([^/\\\\].*)?");

    private final OutboxMessages outbox;
    private final AppNotifications notifications;
    private final Identity identity;
    private final Clock clock;

    Notifications(OutboxMessages outbox, AppNotifications notifications, Identity identity, Clock clock) {
        this.outbox = outbox;
        this.notifications = notifications;
        this.identity = identity;
        this.clock = clock;
    }

    /**
     * Puts an e-mail in the outbox; a worker sends it within seconds after the commit, and tries
     * again later while the mail server is away. The admins of {@code senderOrganisationId} see it
     * among their organisation's sent mail.
     *
     * @return the id the e-mail will have in the sent mail
     * @throws org.springframework.transaction.IllegalTransactionStateException outside a transaction
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public UUID queueEmail(String to, String subject, String body, @Nullable UUID senderOrganisationId) {
        return queue(to, subject, body, null, senderOrganisationId);
    }

    /**
     * Like {@link #queueEmail(String, String, String, UUID)}, for an e-mail carrying one-time secrets: an
     * invitation, password-reset or confirmation link. The recipient gets the body as it is; every copy Välitä
     * keeps (the sent mail admins read, and the outbox row once the e-mail has left) has each secret replaced by
     * {@code [link removed]}, in capture and SMTP mode alike. Pass the whole link as the secret. Links to
     * {@code /invitations/…}, {@code /reset/…}, {@code /confirm/…}, {@code /login/ott…} or with a {@code token=}
     * parameter are removed from the copies even when not passed, but a new mail with a secret should name it here.
     *
     * @param secrets the parts of the body only the recipient may read, e.g. the link with its token
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public UUID queueEmailWithSecrets(
            String to, String subject, String body, List<String> secrets, @Nullable UUID senderOrganisationId) {
        var message = OutboxMessage.pending(senderOrganisationId, to.strip(), subject, body, null, secrets,
                clock.instant());
        outbox.add(message);
        return message.id();
    }

    /** Like {@link #queueEmail(String, String, String, UUID)}, with a file such as a calendar event. */
    @Transactional(propagation = Propagation.MANDATORY)
    public UUID queueEmail(
            String to, String subject, String body, Attachment attachment, @Nullable UUID senderOrganisationId) {
        return queue(to, subject, body, attachment, senderOrganisationId);
    }

    /**
     * Puts an e-mail in the outbox to be sent at {@code sendAt}, e.g. a reminder the day before an
     * assignment (a time already past means at once). Its text is fixed now, in the language chosen
     * now: when the thing it reminds of moves or is cancelled, {@link #cancelScheduled} it and
     * schedule a new one.
     *
     * @param reference names the e-mail for cancelling, e.g. {@code assignment-<id>-reminder}
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public UUID scheduleEmail(
            String reference, Instant sendAt, String to, String subject, String body,
            @Nullable UUID senderOrganisationId) {
        var message = OutboxMessage.scheduled(reference, sendAt, senderOrganisationId, to.strip(), subject, body,
                clock.instant());
        outbox.add(message);
        return message.id();
    }

    /** Cancels the e-mails scheduled under {@code reference} that have not been sent; returns how many. */
    @Transactional(propagation = Propagation.MANDATORY)
    public int cancelScheduled(String reference) {
        return outbox.cancelPending(reference);
    }

    private UUID queue(
            String to, String subject, String body, @Nullable Attachment attachment, @Nullable UUID organisationId) {
        var message = OutboxMessage.pending(organisationId, to.strip(), subject, body, attachment, clock.instant());
        outbox.add(message);
        return message.id();
    }

    /**
     * Tells a user something inside Välitä. The text is the message key (in the caller's module
     * bundle, in all three languages) resolved with {@code arguments} in the reader's language.
     *
     * @param kind what happened, in capitals, e.g. {@code OFFER_RECEIVED}
     * @param link a path inside Välitä, e.g. {@code /offers/…}, or null
     * @throws IllegalArgumentException for an unknown user, a malformed kind or a link leaving Välitä
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public UUID notify(UUID userId, String kind, String messageKey, List<String> arguments, @Nullable String link) {
        if (!KIND.matcher(kind).matches()) {
            throw new IllegalArgumentException("A kind is written in capitals, e.g. OFFER_RECEIVED");
        }
        if (link != null && !LOCAL_PATH.matcher(link).matches()) {
            throw new IllegalArgumentException("A notification links only to a path inside Välitä");
        }
        UserAccount user = identity.account(userId)
                .orElseThrow(() -> new IllegalArgumentException("No user " + userId));
        var notification = new AppNotification(
                UUID.randomUUID(), kind, messageKey, List.copyOf(arguments), link, clock.instant(), null);
        notifications.add(notification, user.id(), user.organisationId());
        return notification.id();
    }

    /** How many notifications the user has not yet marked read. */
    @Transactional(readOnly = true)
    public int unreadCount(UUID userId) {
        return notifications.unreadCount(userId);
    }

    /** The user's own notifications, newest first. */
    @Transactional(readOnly = true)
    public List<AppNotification> newestOf(UUID userId) {
        return notifications.newestOf(userId, 100);
    }

    /** Marks all of the user's notifications read; returns how many were unread. */
    @Transactional
    public int markAllRead(UUID userId) {
        return notifications.markAllRead(userId, Instant.now(clock));
    }
}
