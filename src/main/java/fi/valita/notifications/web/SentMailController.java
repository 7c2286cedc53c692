package fi.valita.notifications.web;

import fi.valita.identity.CurrentUser;
import fi.valita.notifications.Mailer;
import fi.valita.notifications.SentMail;
import fi.valita.notifications.internal.OneTimeSecrets;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** Admins read the e-mails their organisation sent; in the embedded default that is the only place they go. */
@Controller
class SentMailController {

    private final Mailer mailer;
    private final MessageSource messages;

    SentMailController(Mailer mailer, MessageSource messages) {
        this.mailer = mailer;
        this.messages = messages;
    }

    @GetMapping("/admin/sent-mail")
    String list(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("mails", mailer.sentBy(user.organisationId()));
        return "notifications/sent-mail";
    }

    @GetMapping("/admin/sent-mail/{id}")
    String show(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model, Locale locale) {
        SentMail mail = mailer.sentBy(user.organisationId(), id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("mail", withLinksRemovedInWords(mail, locale));
        return "notifications/sent-mail-message";
    }

    /** The marker of a removed one-time link, as the admin reads it in their language. */
    private SentMail withLinksRemovedInWords(SentMail mail, Locale locale) {
        String removed = messages.getMessage("notifications.sent.link-removed", null, OneTimeSecrets.MARKER, locale);
        String body = mail.body().replace(OneTimeSecrets.MARKER, removed == null ? OneTimeSecrets.MARKER : removed);
        return new SentMail(mail.id(), mail.recipient(), mail.subject(), body, mail.delivery(), mail.sentAt());
    }
}
