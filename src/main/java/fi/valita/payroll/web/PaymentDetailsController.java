package fi.valita.payroll.web;

import fi.valita.identity.CurrentUser;
import fi.valita.payroll.CodeAccessLog;
import fi.valita.payroll.Iban;
import fi.valita.payroll.PaymentDetails;
import fi.valita.payroll.PaymentDetailsRefused;
import fi.valita.payroll.PersonalIdentityCode;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The expert's own payment details: the ends of what is saved, a form to replace them, who has seen the code. */
@Controller
class PaymentDetailsController {

    /** Text fields only: a code or account typed wrong is shown again with its error, never lost. */
    record PaymentDetailsForm(@Nullable String payeeName, @Nullable String identityCode, @Nullable String iban) {}

    private final PaymentDetails details;
    private final CodeAccessLog log;

    PaymentDetailsController(PaymentDetails details, CodeAccessLog log) {
        this.details = details;
        this.log = log;
    }

    @GetMapping("/me/payment-details")
    String showPaymentDetails(@AuthenticationPrincipal CurrentUser user, Model model) {
        var mine = details.mine(user);
        return page(user, new PaymentDetailsForm(mine.payeeName(), "", ""), model);
    }

    @PostMapping("/me/payment-details")
    String savePaymentDetails(@AuthenticationPrincipal CurrentUser user,
            @ModelAttribute("form") PaymentDetailsForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        String name = form.payeeName() == null ? "" : form.payeeName().strip();
        if (name.length() > PaymentDetails.MAX_NAME) {
            errors.rejectValue("payeeName", "payroll.details.error.name-too-long");
        }
        PersonalIdentityCode code = parsed(form.identityCode(), PersonalIdentityCode::parse, "identityCode",
                "payroll.details.error.code", errors);
        Iban iban = parsed(form.iban(), Iban::parse, "iban", "payroll.details.error.iban", errors);
        if (!errors.hasErrors()) {
            try {
                details.save(user, name, code, iban);
                redirect.addFlashAttribute("saved", true);
                return "redirect:/me/payment-details";
            } catch (PaymentDetailsRefused refused) {
                errors.rejectValue(refused.field(), refused.messageKey());
            }
        }
        return page(user, form, model);
    }

    private String page(CurrentUser user, PaymentDetailsForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("details", details.mine(user));
        model.addAttribute("canSaveSecrets", details.canSaveSecrets());
        model.addAttribute("accesses", log.ofMyCode(user));
        return "payroll/payment-details";
    }

    /** The parsed value of a filled field, or null when it is empty (keep the saved one) or wrong (error). */
    private static <T> @Nullable T parsed(@Nullable String input, Function<String, Optional<T>> parser, String field,
            String messageKey, BindingResult errors) {
        if (input == null || input.isBlank()) {
            return null;
        }
        Optional<T> value = parser.apply(input);
        if (value.isEmpty()) {
            errors.rejectValue(field, messageKey);
        }
        return value.orElse(null);
    }
}
