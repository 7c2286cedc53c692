package fi.valita.earnings.web;

import fi.valita.earnings.BenefitWatches;
import fi.valita.earnings.Earnings;
import fi.valita.identity.CurrentUser;
import java.time.YearMonth;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The expert's own fees and expenses of a year, month by month, built for a phone. */
@Controller
class EarningsController {

    private final Earnings earnings;
    private final BenefitWatches watches;
    private final EarningsWords words;

    EarningsController(Earnings earnings, BenefitWatches watches, EarningsWords words) {
        this.earnings = earnings;
        this.watches = watches;
        this.words = words;
    }

    /** A year that cannot be read or shown (typed into the address) shows this year instead of an error. */
    @GetMapping("/me/earnings")
    String showEarnings(@AuthenticationPrincipal CurrentUser expert, @RequestParam(required = false) @Nullable String year,
            Model model, Locale locale) {
        YearMonth thisMonth = YearMonth.from(earnings.today());
        int shown = thisMonth.getYear();
        if (year != null && year.matches("\\d{4}") && earnings.isShownYear(Integer.parseInt(year))) {
            shown = Integer.parseInt(year);
        }
        model.addAttribute("page", EarningsPage.of(earnings.yearOf(shown, expert), thisMonth, watches.mine(expert),
                Earnings.FIRST_YEAR, words, locale));
        return "earnings/earnings";
    }
}
