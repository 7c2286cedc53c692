package fi.valita.earnings.web;

import fi.valita.earnings.BenefitLimits;
import fi.valita.earnings.BenefitWatch;
import fi.valita.earnings.BenefitWatches;
import fi.valita.earnings.Earnings;
import fi.valita.earnings.EarningsRefused;
import fi.valita.earnings.VolunteerOnly;
import fi.valita.experts.InvalidProfile;
import fi.valita.identity.CurrentUser;
import fi.valita.shared.Money;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The expert's benefit watch: which limit matters to them, how close they are, whether the coordinator may see
 * it, and a wish to be offered only volunteer work for a while. Nothing here is logged.
 */
@Controller
class BenefitWatchController {

    /** A sanity bound for a typed limit: well above any pension's or benefit's earnings limit. */
    static final long MAX_PERSONAL_CENTS = 100_000_000L;

    private final BenefitWatches watches;
    private final BenefitLimits limits;
    private final Earnings earnings;
    private final EarningsWords words;

    BenefitWatchController(BenefitWatches watches, BenefitLimits limits, Earnings earnings, EarningsWords words) {
        this.watches = watches;
        this.limits = limits;
        this.earnings = earnings;
        this.words = words;
    }

    @GetMapping("/me/earnings/watch")
    String showWatch(@AuthenticationPrincipal CurrentUser expert, Model model, Locale locale) {
        BenefitWatch watch = watches.mine(expert);
        model.addAttribute("watchForm", WatchForm.of(watch, locale));
        model.addAttribute("pauseForm", PauseForm.of(watch));
        return page(watch, model, locale);
    }

    @PostMapping("/me/earnings/watch")
    String chooseLimit(@AuthenticationPrincipal CurrentUser expert, @ModelAttribute("watchForm") WatchForm form,
            BindingResult errors, Model model, Locale locale, RedirectAttributes redirect) {
        String code = form.limitCode() == null || form.limitCode().isBlank() ? null : form.limitCode().strip();
        Money amount = null;
        if (form.personalAmount() != null && !form.personalAmount().isBlank()) {
            Optional<Money> typed = Money.parseAmount(form.personalAmount());
            if (typed.isEmpty()) {
                errors.rejectValue("personalAmount", "earnings.error.amount-format");
            } else if (typed.get().cents() > MAX_PERSONAL_CENTS) {
                errors.rejectValue("personalAmount", "earnings.error.amount-too-big");
            } else {
                amount = typed.get();
            }
        }
        if (!errors.hasErrors()) {
            try {
                watches.choose(code, amount, form.sharedChosen(), expert);
                redirect.addFlashAttribute("saved", "watch");
                return "redirect:/me/earnings/watch";
            } catch (EarningsRefused refused) {
                errors.rejectValue(refused.field(), refused.messageKey());
            }
        }
        BenefitWatch watch = watches.mine(expert);
        model.addAttribute("pauseForm", PauseForm.of(watch));
        return page(watch, model, locale);
    }

    @PostMapping("/me/earnings/volunteer-only")
    String chooseVolunteerOnly(@AuthenticationPrincipal CurrentUser expert, @ModelAttribute("pauseForm") PauseForm form,
            BindingResult errors, Model model, Locale locale, RedirectAttributes redirect) {
        VolunteerOnly howLong = parse(form.volunteerOnly());
        if (howLong == null) {
            errors.rejectValue("volunteerOnly", "earnings.error.choose-pause");
        } else {
            try {
                watches.offerOnlyVolunteerWork(howLong, expert);
                redirect.addFlashAttribute("saved", "pause");
                return "redirect:/me/earnings/watch";
            } catch (InvalidProfile invalid) {
                errors.rejectValue("volunteerOnly", invalid.messageKey());
            }
        }
        BenefitWatch watch = watches.mine(expert);
        model.addAttribute("watchForm", WatchForm.of(watch, locale));
        return page(watch, model, locale);
    }

    private String page(BenefitWatch watch, Model model, Locale locale) {
        model.addAttribute("page", WatchPage.of(watch, limits.choosableOn(earnings.today()), words, locale));
        return "earnings/watch";
    }

    private static @Nullable VolunteerOnly parse(@Nullable String value) {
        if (value == null) {
            return null;
        }
        try {
            return VolunteerOnly.valueOf(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
