package fi.valita.fees.web;

import fi.valita.experts.TaskType;
import fi.valita.fees.Rate;
import fi.valita.fees.RateKind;
import fi.valita.fees.Rates;
import fi.valita.identity.CurrentUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The coordinator's organisation's rate card: the rates in force, coming and past; a new rate; a rate's end. */
@Controller
class RatesController {

    private static final String PAGE = "fees/rates";
    private static final String END_PAGE = "fees/rate-end";

    private final Rates rates;
    private final FeeWords words;
    private final Clock clock;

    RatesController(Rates rates, FeeWords words, Clock clock) {
        this.rates = rates;
        this.words = words;
        this.clock = clock;
    }

    /** A rate as the card shows it. */
    record RateRow(UUID id, String kind, String taskType, String amount, int preparationMinutes, int minimumMinutes,
            String from, @Nullable String to) {}

    @GetMapping("/coordinator/rates")
    String showRates(@AuthenticationPrincipal CurrentUser user, Model model, Locale locale) {
        model.addAttribute("rate", RateForm.empty(today()));
        return page(user, model, locale);
    }

    @PostMapping("/coordinator/rates")
    String addRate(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("rate") RateForm form,
            BindingResult errors, Model model, Locale locale, RedirectAttributes redirect) {
        var rate = form.read(rates.ofMyOrganisation(user), errors);
        if (rate.isEmpty()) {
            return page(user, model, locale);
        }
        var r = rate.get();
        try {
            rates.add(r.kind(), r.taskType(), r.amount(), r.preparationMinutes(), r.minimumMinutes(), r.validFrom(),
                    r.validTo(), user);
        } catch (DataIntegrityViolationException overlap) {
            errors.rejectValue("validFrom", "fees.rates.error.overlap");
            return page(user, model, locale);
        }
        redirect.addFlashAttribute("added", true);
        return "redirect:/coordinator/rates";
    }

    @GetMapping("/coordinator/rates/{id}/end")
    String showEnd(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model, Locale locale) {
        Rate rate = rates.get(id, user);
        model.addAttribute("end", new EndForm(rate.validTo() == null ? today().toString() : rate.validTo().toString()));
        return endPage(rate, model, locale);
    }

    @PostMapping("/coordinator/rates/{id}/end")
    String endRate(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
            @ModelAttribute("end") EndForm form, BindingResult errors, Model model, Locale locale,
            RedirectAttributes redirect) {
        Rate rate = rates.get(id, user);
        LocalDate last = form.read(rate.validFrom(), errors);
        if (last == null) {
            return endPage(rate, model, locale);
        }
        try {
            rates.end(id, last, user);
        } catch (DataIntegrityViolationException overlap) {
            errors.rejectValue("validTo", "fees.rates.error.overlap");
            return endPage(rate, model, locale);
        }
        redirect.addFlashAttribute("ended", true);
        return "redirect:/coordinator/rates";
    }

    private String page(CurrentUser user, Model model, Locale locale) {
        LocalDate today = today();
        List<Rate> card = rates.ofMyOrganisation(user);
        model.addAttribute("current", card.stream().filter(r -> !r.validFrom().isAfter(today) && !endedBefore(r, today))
                .map(r -> row(r, locale)).toList());
        model.addAttribute("future", card.stream().filter(r -> r.validFrom().isAfter(today))
                .map(r -> row(r, locale)).toList().reversed());
        model.addAttribute("past", card.stream().filter(r -> endedBefore(r, today)).map(r -> row(r, locale)).toList());
        model.addAttribute("kindChoices", kinds(locale));
        model.addAttribute("taskTypeChoices", taskTypes(locale));
        return PAGE;
    }

    private String endPage(Rate rate, Model model, Locale locale) {
        model.addAttribute("rateRow", row(rate, locale));
        return END_PAGE;
    }

    private RateRow row(Rate r, Locale locale) {
        return new RateRow(r.id(), words.text("fees.rates.kind." + r.kind().name(), locale),
                r.taskType() == null ? words.text("fees.rates.any-task", locale)
                        : words.text("experts.task." + r.taskType().name(), locale),
                words.money(r.amount(), locale), r.preparationMinutes(), r.minimumMinutes(),
                words.day(r.validFrom(), locale), r.validTo() == null ? null : words.day(r.validTo(), locale));
    }

    private Map<String, String> kinds(Locale locale) {
        Map<String, String> choices = new LinkedHashMap<>();
        for (RateKind kind : RateKind.values()) {
            choices.put(kind.name(), words.text("fees.rates.kind." + kind.name(), locale));
        }
        return choices;
    }

    private Map<String, String> taskTypes(Locale locale) {
        Map<String, String> choices = new LinkedHashMap<>();
        choices.put("", words.text("fees.rates.any-task", locale));
        for (TaskType type : TaskType.values()) {
            choices.put(type.name(), words.text("experts.task." + type.name(), locale));
        }
        return choices;
    }

    private static boolean endedBefore(Rate rate, LocalDate day) {
        return rate.validTo() != null && rate.validTo().isBefore(day);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(FeeWords.HELSINKI));
    }
}
