package fi.valita.identity.web;

import fi.valita.identity.LinkNotOpen;
import fi.valita.identity.PasswordRefused;
import fi.valita.identity.PasswordReset;
import fi.valita.identity.PasswordRules;
import fi.valita.identity.UserAccount;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import java.util.Objects;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** "Forgot your password?": ask for a link by e-mail, open it, choose a new password. */
@Controller
class PasswordResetController {

    record ResetRequestForm(@NotBlank @Email @Size(max = 254) String email) {}

    private final PasswordReset reset;
    private final PasswordRules rules;

    PasswordResetController(PasswordReset reset, PasswordRules rules) {
        this.reset = reset;
        this.rules = rules;
    }

    @GetMapping("/password-reset")
    String showRequestForm(Model model) {
        model.addAttribute("form", new ResetRequestForm(""));
        return "identity/password-reset-request";
    }

    /** The same answer whether or not the address has an account; too many requests from one client get a 429. */
    @PostMapping("/password-reset")
    String requestLink(@Valid @ModelAttribute("form") ResetRequestForm form, BindingResult errors,
            HttpServletRequest request, HttpServletResponse response, Locale locale) {
        if (errors.hasErrors()) {
            return "identity/password-reset-request";
        }
        return switch (reset.request(form.email(), request.getRemoteAddr(), locale)) {
            case SENT_IF_KNOWN -> "redirect:/password-reset?sent";
            case TOO_MANY_REQUESTS -> {
                response.setStatus(429);
                yield "identity/password-reset-too-many";
            }
        };
    }

    @GetMapping("/password-reset/{token}")
    String showNewPasswordForm(@PathVariable String token, Model model, HttpServletResponse response) {
        response.setHeader("Referrer-Policy", "no-referrer");
        model.addAttribute("account", reset.accountOf(token));
        model.addAttribute("token", token);
        model.addAttribute("form", NewPasswordForm.empty());
        return "identity/password-reset";
    }

    @PostMapping("/password-reset/{token}")
    String setNewPassword(@PathVariable String token, @Valid @ModelAttribute("form") NewPasswordForm form,
            BindingResult errors, Model model, HttpServletRequest request, Locale locale) {
        UserAccount account = reset.accountOf(token);
        checkNewPassword(form, account, errors);
        if (!errors.hasErrors()) {
            try {
                reset.reset(token, form.password(), locale);
                SignOut.thisBrowser(request);
                return "redirect:/login?reset";
            } catch (PasswordRefused refused) {
                errors.rejectValue("password", refused.messageKey());
            }
        }
        model.addAttribute("account", account);
        model.addAttribute("token", token);
        return "identity/password-reset";
    }

    private void checkNewPassword(NewPasswordForm form, UserAccount account, BindingResult errors) {
        if (!errors.hasFieldErrors("password")) {
            rules.refusalOf(form.password(), account.email(), account.displayName())
                    .ifPresent(key -> errors.rejectValue("password", key));
        }
        if (!errors.hasFieldErrors("passwordAgain") && !Objects.equals(form.password(), form.passwordAgain())) {
            errors.rejectValue("passwordAgain", "identity.accept.password.mismatch");
        }
    }

    @ExceptionHandler(LinkNotOpen.class)
    String notOpen(LinkNotOpen notOpen, Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_GONE);
        model.addAttribute("kind", notOpen.kind().name());
        return "identity/link-not-open";
    }
}
