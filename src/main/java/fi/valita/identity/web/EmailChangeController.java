package fi.valita.identity.web;

import fi.valita.identity.LinkNotOpen;
import fi.valita.identity.MyAccount;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The link sent to a new sign-in address. Opening it shows a button: a mail scanner that follows links
 * must not confirm the change by itself.
 */
@Controller
class EmailChangeController {

    private final MyAccount myAccount;

    EmailChangeController(MyAccount myAccount) {
        this.myAccount = myAccount;
    }

    @GetMapping("/email-change/{token}")
    String showConfirmation(@PathVariable String token, Model model, HttpServletResponse response) {
        response.setHeader("Referrer-Policy", "no-referrer");
        model.addAttribute("newEmail", myAccount.pendingEmail(token));
        model.addAttribute("token", token);
        return "identity/email-change";
    }

    @PostMapping("/email-change/{token}")
    String confirm(@PathVariable String token, HttpServletRequest request, Locale locale) {
        myAccount.confirmEmailChange(token, locale);
        SignOut.thisBrowser(request);
        return "redirect:/login?emailChanged";
    }

    @ExceptionHandler(LinkNotOpen.class)
    String notOpen(LinkNotOpen notOpen, Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_GONE);
        model.addAttribute("kind", notOpen.kind().name());
        return "identity/link-not-open";
    }
}
