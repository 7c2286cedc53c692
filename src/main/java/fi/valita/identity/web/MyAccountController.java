package fi.valita.identity.web;

import fi.valita.identity.AccountChangeRefused;
import fi.valita.identity.CurrentUser;
import fi.valita.identity.MyAccount;
import fi.valita.identity.PasswordRefused;
import fi.valita.identity.PasswordRules;
import fi.valita.identity.UserAccount;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import java.util.Objects;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "My account", for everyone who signs in: change the password, change the sign-in address. */
@Controller
class MyAccountController {

    record PasswordForm(@NotBlank String currentPassword, @NotBlank String newPassword, @NotBlank String newPasswordAgain) {}

    record EmailForm(@NotBlank @Email @Size(max = 254) String newEmail, @NotBlank String emailPassword) {}

    private final MyAccount myAccount;
    private final PasswordRules rules;

    MyAccountController(MyAccount myAccount, PasswordRules rules) {
        this.myAccount = myAccount;
        this.rules = rules;
    }

    @GetMapping("/me/account")
    String show(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("passwordForm", new PasswordForm("", "", ""));
        model.addAttribute("emailForm", new EmailForm("", ""));
        return prepare(user, model);
    }

    @PostMapping("/me/account/password")
    String changePassword(@AuthenticationPrincipal CurrentUser user,
            @Valid @ModelAttribute("passwordForm") PasswordForm form, BindingResult errors, Model model,
            HttpServletRequest request, Locale locale, RedirectAttributes redirect) {
        UserAccount account = myAccount.of(user);
        if (!errors.hasFieldErrors("newPassword")) {
            rules.refusalOf(form.newPassword(), account.email(), account.displayName())
                    .ifPresent(key -> errors.rejectValue("newPassword", key));
        }
        if (!errors.hasFieldErrors("newPasswordAgain") && !Objects.equals(form.newPassword(), form.newPasswordAgain())) {
            errors.rejectValue("newPasswordAgain", "identity.accept.password.mismatch");
        }
        if (!errors.hasErrors()) {
            try {
                var session = request.getSession(false);
                myAccount.changePassword(user, form.currentPassword(), form.newPassword(),
                        session == null ? null : session.getId(), locale);
                redirect.addFlashAttribute("passwordChanged", true);
                return "redirect:/me/account";
            } catch (AccountChangeRefused refused) {
                errors.rejectValue("currentPassword", refused.messageKey());
            } catch (PasswordRefused refused) {
                errors.rejectValue("newPassword", refused.messageKey());
            }
        }
        model.addAttribute("emailForm", new EmailForm("", ""));
        return prepare(user, model);
    }

    @PostMapping("/me/account/email")
    String changeEmail(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("emailForm") EmailForm form,
            BindingResult errors, Model model, Locale locale, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                myAccount.requestEmailChange(user, form.newEmail(), form.emailPassword(), locale);
                redirect.addFlashAttribute("emailLinkSent", form.newEmail().strip());
                return "redirect:/me/account";
            } catch (AccountChangeRefused refused) {
                errors.rejectValue(refused.aboutCurrentPassword() ? "emailPassword" : "newEmail", refused.messageKey());
            }
        }
        model.addAttribute("passwordForm", new PasswordForm("", "", ""));
        return prepare(user, model);
    }

    private String prepare(CurrentUser user, Model model) {
        model.addAttribute("account", myAccount.of(user));
        return "identity/my-account";
    }
}
