package fi.valita.identity.web;

import fi.valita.identity.Identity;
import fi.valita.identity.InvitationNotOpen;
import fi.valita.identity.PasswordRefused;
import fi.valita.identity.PasswordRules;
import fi.valita.identity.UserAccount;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Objects;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** Opening a one-time invitation link: set a password and accept the privacy notice. */
@Controller
class InvitationController {

    private final Identity identity;
    private final PasswordRules rules;

    InvitationController(Identity identity, PasswordRules rules) {
        this.identity = identity;
        this.rules = rules;
    }

    @GetMapping("/invitations/{token}")
    String showAcceptForm(@PathVariable String token, Model model, HttpServletResponse response) {
        UserAccount account = identity.invitedAccount(token);
        model.addAttribute("account", account);
        model.addAttribute("token", token);
        model.addAttribute("form", AcceptInvitationForm.empty());
        response.setHeader("Referrer-Policy", "no-referrer");
        return "identity/accept-invitation";
    }

    @PostMapping("/invitations/{token}")
    String accept(
            @PathVariable String token,
            @Valid @ModelAttribute("form") AcceptInvitationForm form,
            BindingResult errors,
            Model model) {
        UserAccount account = identity.invitedAccount(token);
        if (!errors.hasFieldErrors("passwordAgain") && !Objects.equals(form.password(), form.passwordAgain())) {
            errors.rejectValue("passwordAgain", "identity.accept.password.mismatch");
        }
        if (!errors.hasFieldErrors("password") && form.password().strip().equalsIgnoreCase(account.email())) {
            errors.rejectValue("password", "identity.accept.password.is-email");
        }
        if (!errors.hasFieldErrors("password")) {
            rules.refusalOf(form.password(), account.email(), account.displayName())
                    .ifPresent(key -> errors.rejectValue("password", key));
        }
        if (!errors.hasErrors()) {
            try {
                identity.acceptInvitation(token, form.password());
                return "redirect:/login?activated";
            } catch (PasswordRefused refused) {
                errors.rejectValue("password", refused.messageKey());
            }
        }
        model.addAttribute("account", account);
        model.addAttribute("token", token);
        return "identity/accept-invitation";
    }

    @ExceptionHandler(InvitationNotOpen.class)
    String notOpen(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_GONE);
        return "identity/invitation-not-open";
    }
}
