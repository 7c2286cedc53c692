package fi.valita.notifications.web;

import fi.valita.identity.CurrentUser;
import fi.valita.notifications.Mailer;
import java.util.UUID;
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

    SentMailController(Mailer mailer) {
        this.mailer = mailer;
    }

    @GetMapping("/admin/sent-mail")
    String list(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("mails", mailer.sentBy(user.organisationId()));
        return "notifications/sent-mail";
    }

    @GetMapping("/admin/sent-mail/{id}")
    String show(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        model.addAttribute("mail", mailer.sentBy(user.organisationId(), id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        return "notifications/sent-mail-message";
    }
}
