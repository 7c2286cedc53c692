package fi.valita.notifications.internal;

import fi.valita.identity.InvitationIssued;
import fi.valita.notifications.Mailer;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** E-mails the one-time link to a person who was invited, in the language the inviter chose. */
@Component
class InvitationMails {

    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    private final Mailer mailer;
    private final MessageSource messages;

    InvitationMails(Mailer mailer, MessageSource messages) {
        this.mailer = mailer;
        this.messages = messages;
    }

    @ApplicationModuleListener
    void on(InvitationIssued invitation) {
        var locale = invitation.locale();
        String expires = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale)
                .format(invitation.expiresAt().atZone(HELSINKI));
        String role = messages.getMessage("role." + invitation.role().name(), null, locale);
        String subject = messages.getMessage(
                "notifications.invitation.subject", new Object[] {invitation.organisationName()}, locale);
        String body = messages.getMessage(
                "notifications.invitation.body",
                new Object[] {invitation.displayName(), invitation.organisationName(), role, invitation.link(), expires},
                locale);
        mailer.send(invitation.email(), subject, body, invitation.senderOrganisationId());
    }
}
