package fi.valita.notifications.internal;

import fi.valita.identity.InvitationIssued;
import fi.valita.notifications.Notifications;
import fi.valita.shared.Dates;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * E-mails the one-time link to a person who was invited, in the language the inviter chose. The link is the
 * e-mail's secret: the sent mail admins read shows {@code [link removed]} in its place.
 *
 * <p>A plain synchronous {@link EventListener}, not an {@code @ApplicationModuleListener}: it runs in
 * the inviting transaction, so the outbox row is committed together with the invitation or not at
 * all. An asynchronous listener would write it in a second transaction after the commit; that is
 * safe only thanks to the event publication registry, and it would copy the one-time link into
 * {@code event_publication} as well. The price: if writing the e-mail fails, the invitation fails
 * with it, which is what a coordinator expects (an invitation nobody is told about is useless).
 * The outbox needs a transaction ({@code MANDATORY}), so publishing this event outside one fails
 * loudly instead of silently sending nothing.
 */
@Component
class InvitationMails {

    private final Notifications notifications;
    private final MessageSource messages;

    InvitationMails(Notifications notifications, MessageSource messages) {
        this.notifications = notifications;
        this.messages = messages;
    }

    @EventListener
    void on(InvitationIssued invitation) {
        var locale = invitation.locale();
        String expires = Dates.dateTime(invitation.expiresAt(), locale);
        String role = messages.getMessage("role." + invitation.role().name(), null, locale);
        String subject = messages.getMessage(
                "notifications.invitation.subject", new Object[] {invitation.organisationName()}, locale);
        String body = messages.getMessage(
                "notifications.invitation.body",
                new Object[] {invitation.displayName(), invitation.organisationName(), role, invitation.link(), expires},
                locale);
        notifications.queueEmailWithSecrets(invitation.email(), subject, body, List.of(invitation.link()),
                invitation.senderOrganisationId());
    }
}
