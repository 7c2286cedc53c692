package fi.valita.notifications.internal;

import fi.valita.identity.EmailChangeLinkIssued;
import fi.valita.identity.PasswordChanged;
import fi.valita.identity.PasswordResetLinkIssued;
import fi.valita.identity.SignInEmailChanged;
import fi.valita.notifications.Notifications;
import fi.valita.shared.Dates;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * E-mails about a person's own account: a password reset link, the link confirming a new sign-in
 * address, and notices that the password or the address changed. Synchronous listeners, like
 * {@link InvitationMails} and for the same reasons: the e-mail is queued in the transaction that made
 * the link, and the link is never copied into the event publication registry.
 */
@Component
class AccountMails {

    private final Notifications notifications;
    private final MessageSource messages;

    AccountMails(Notifications notifications, MessageSource messages) {
        this.notifications = notifications;
        this.messages = messages;
    }

    @EventListener
    void on(PasswordResetLinkIssued issued) {
        sendWithLink(issued.email(), issued.organisationId(), issued.locale(), "notifications.password-reset",
                issued.displayName(), issued.link(), Dates.dateTime(issued.expiresAt(), issued.locale()));
    }

    @EventListener
    void on(EmailChangeLinkIssued issued) {
        sendWithLink(issued.newEmail(), issued.organisationId(), issued.locale(), "notifications.email-change",
                issued.displayName(), issued.link(), Dates.dateTime(issued.expiresAt(), issued.locale()));
    }

    @EventListener
    void on(SignInEmailChanged changed) {
        send(changed.oldEmail(), changed.organisationId(), changed.locale(), "notifications.email-changed",
                changed.displayName(), changed.newEmail());
    }

    @EventListener
    void on(PasswordChanged changed) {
        send(changed.email(), changed.organisationId(), changed.locale(), "notifications.password-changed",
                changed.displayName());
    }

    /** A mail whose one-time link (the second argument) works only in the copy the recipient gets. */
    private void sendWithLink(String to, UUID organisationId, Locale locale, String key, String name, String link,
            String expires) {
        String subject = messages.getMessage(key + ".subject", null, locale);
        String body = messages.getMessage(key + ".body", new Object[] {name, link, expires}, locale);
        notifications.queueEmailWithSecrets(to, subject, body, List.of(link), organisationId);
    }

    private void send(String to, UUID organisationId, Locale locale, String key, Object... arguments) {
        String subject = messages.getMessage(key + ".subject", null, locale);
        String body = messages.getMessage(key + ".body", arguments, locale);
        notifications.queueEmail(to, subject, body, organisationId);
    }
}
