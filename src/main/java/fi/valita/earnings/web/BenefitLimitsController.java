package fi.valita.earnings.web;

import fi.valita.earnings.BenefitLimit;
import fi.valita.earnings.BenefitLimitKind;
import fi.valita.earnings.BenefitLimitNotFound;
import fi.valita.earnings.BenefitLimits;
import fi.valita.earnings.EarningsRefused;
import fi.valita.earnings.NewBenefitLimit;
import fi.valita.identity.CurrentUser;
import fi.valita.shared.Dates;
import fi.valita.shared.Money;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The dated table of benefit limits, which admins read: only the platform operator adds a row for a new period or
 * ends an open-ended row, each with a reason; the page shows the log of those changes.
 */
@Controller
class BenefitLimitsController {

    record Row(UUID id, String code, String name, String kind, String amount, String validFrom, String validTo,
            boolean example, boolean endable) {}

    record EndForm(@Nullable String validTo, @Nullable String reason) {}

    private final BenefitLimits limits;
    private final EarningsWords words;
    private final LimitChanges changes;

    BenefitLimitsController(BenefitLimits limits, EarningsWords words, LimitChanges changes) {
        this.limits = limits;
        this.words = words;
        this.changes = changes;
    }

    @GetMapping("/admin/benefit-limits")
    String showLimits(@AuthenticationPrincipal CurrentUser user, Model model, Locale locale) {
        model.addAttribute("form", LimitForm.empty());
        return page(user, model, locale);
    }

    @PostMapping("/admin/benefit-limits")
    String addLimit(@AuthenticationPrincipal CurrentUser operator, @Valid @ModelAttribute("form") LimitForm form,
            BindingResult errors, Model model, Locale locale, RedirectAttributes redirect) {
        requireOperator(operator);
        BenefitLimitKind kind = kind(form.kind(), errors);
        LocalDate from = date(form.validFrom(), "validFrom", errors);
        LocalDate to = blank(form.validTo()) ? null : date(form.validTo(), "validTo", errors);
        Money amount = null;
        if (!blank(form.amount())) {
            amount = Money.parseAmount(form.amount()).orElse(null);
            if (amount == null) {
                errors.rejectValue("amount", "earnings.error.amount-format");
            }
        }
        BenefitLimits.refusalsOf(form.code(), kind, amount, from, to).forEach(refused -> reject(refused, errors));
        LimitChanges.checkReason(form.reason(), errors);
        if (errors.hasErrors() || kind == null || from == null || form.code() == null || form.reason() == null) {
            return page(operator, model, locale);
        }
        try {
            limits.add(new NewBenefitLimit(form.code().strip(), kind, amount, from, to, form.exampleChosen()),
                    form.reason(), operator);
        } catch (EarningsRefused refused) {
            reject(refused, errors);
            return page(operator, model, locale);
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/admin/benefit-limits";
    }

    @GetMapping("/admin/benefit-limits/{id}/end")
    String showEndForm(@AuthenticationPrincipal CurrentUser operator, @PathVariable UUID id, Model model,
            Locale locale) {
        requireOperator(operator);
        model.addAttribute("endForm", new EndForm("", ""));
        return endPage(id, model, locale);
    }

    @PostMapping("/admin/benefit-limits/{id}/end")
    String endLimit(@AuthenticationPrincipal CurrentUser operator, @PathVariable UUID id,
            @ModelAttribute("endForm") EndForm form, BindingResult errors, Model model, Locale locale,
            RedirectAttributes redirect) {
        requireOperator(operator);
        LocalDate lastDay = blank(form.validTo()) ? null : date(form.validTo(), "validTo", errors);
        if (lastDay == null && !errors.hasErrors()) {
            errors.rejectValue("validTo", "NotBlank");
        }
        LimitChanges.checkReason(form.reason(), errors);
        if (lastDay == null || errors.hasErrors() || form.reason() == null) {
            return endPage(id, model, locale);
        }
        try {
            limits.end(id, lastDay, form.reason(), operator);
        } catch (EarningsRefused refused) {
            errors.rejectValue("validTo", refused.messageKey());
            return endPage(id, model, locale);
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/admin/benefit-limits";
    }

    private void requireOperator(CurrentUser user) {
        if (!limits.changesTable(user)) {
            throw new AccessDeniedException("Only the platform operator changes benefit limits");
        }
    }

    private String page(CurrentUser user, Model model, Locale locale) {
        boolean operator = limits.changesTable(user);
        model.addAttribute("operator", operator);
        model.addAttribute("rows", limits.all().stream().map(l -> row(l, operator, locale)).toList());
        model.addAttribute("changes", changes.visibleTo(user, locale));
        Map<String, String> kinds = new LinkedHashMap<>();
        for (BenefitLimitKind k : BenefitLimitKind.values()) {
            kinds.put(k.name(), words.text("earnings.limit-kind." + k.name(), locale));
        }
        model.addAttribute("kinds", kinds);
        return "earnings/limits";
    }

    private String endPage(UUID id, Model model, Locale locale) {
        BenefitLimit limit = limits.all().stream().filter(l -> l.id().equals(id)).findFirst()
                .orElseThrow(() -> BenefitLimitNotFound.withId(id));
        model.addAttribute("row", row(limit, true, locale));
        return "earnings/limit-end";
    }

    private Row row(BenefitLimit l, boolean operator, Locale locale) {
        String amount = l.amount() != null ? words.money(l.amount(), locale)
                : words.text(l.kind() == BenefitLimitKind.ANY_FEE ? "earnings.limits.any-fee" : "earnings.limits.personal",
                        locale);
        return new Row(l.id(), l.code(), words.limitName(l, locale), words.text("earnings.limit-kind." + l.kind(), locale),
                amount, words.date(l.validFrom(), locale), l.validTo() == null ? "–" : words.date(l.validTo(), locale),
                l.example(), operator && l.validTo() == null);
    }

    private static void reject(EarningsRefused refused, BindingResult errors) {
        if (!errors.hasFieldErrors(refused.field())) {
            errors.rejectValue(refused.field(), refused.messageKey());
        }
    }

    private static @Nullable BenefitLimitKind kind(@Nullable String value, BindingResult errors) {
        for (BenefitLimitKind k : BenefitLimitKind.values()) {
            if (k.name().equals(value)) {
                return k;
            }
        }
        errors.rejectValue("kind", "typeMismatch");
        return null;
    }

    private static @Nullable LocalDate date(@Nullable String value, String field, BindingResult errors) {
        if (errors.hasFieldErrors(field) || value == null) {
            return null;
        }
        LocalDate day = Dates.parseDate(value).orElse(null);
        if (day == null) {
            errors.rejectValue(field, "typeMismatch.java.time.LocalDate");
        }
        return day;
    }

    private static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }
}
