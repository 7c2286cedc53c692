package fi.valita.fees.web;

import fi.valita.fees.CapLevel;
import fi.valita.fees.CapUse;
import fi.valita.fees.VolunteerCaps;
import fi.valita.fees.VolunteerYear;
import fi.valita.identity.CurrentUser;
import fi.valita.shared.Money;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The coordinator follows the pool's volunteers' yearly tax-free caps, a calendar year at a time. */
@Controller
class VolunteerCapsController {

    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;

    private final VolunteerCaps caps;
    private final Clock clock;

    VolunteerCapsController(VolunteerCaps caps, Clock clock) {
        this.caps = caps;
        this.clock = clock;
    }

    /** One volunteer's row: the used amounts and caps as written in the language. */
    record CapRow(UUID expertId, String name, String km, @Nullable String kmCap, CapLevel kmLevel, long days,
            @Nullable Long dayCap, CapLevel dayLevel) {}

    @GetMapping("/coordinator/volunteer-caps")
    String showVolunteerCaps(@AuthenticationPrincipal CurrentUser coordinator,
            @RequestParam(required = false) @Nullable String year, Model model, Locale locale) {
        int shown = year(year);
        model.addAttribute("year", shown);
        model.addAttribute("previousYear", shown > FIRST_YEAR ? shown - 1 : null);
        model.addAttribute("nextYear", shown < LAST_YEAR ? shown + 1 : null);
        model.addAttribute("applies", caps.applyTo(coordinator.organisationId()));
        model.addAttribute("rows", caps.ofPool(shown, coordinator).stream().map(v -> row(v, locale)).toList());
        return "fees/expenses-volunteer-caps";
    }

    private int year(@Nullable String text) {
        try {
            int year = text == null ? 0 : Integer.parseInt(text.strip());
            if (year >= FIRST_YEAR && year <= LAST_YEAR) {
                return year;
            }
        } catch (NumberFormatException e) {
            // Anything but a year shows this year.
        }
        return LocalDate.now(clock).getYear();
    }

    private static CapRow row(VolunteerYear v, Locale locale) {
        CapUse km = v.kilometres();
        CapUse days = v.days();
        return new CapRow(v.expertId(), v.name(), Money.ofCents(km.used()).format(locale),
                km.cap() == null ? null : Money.ofCents(km.cap()).format(locale), km.level(), days.used(), days.cap(),
                days.level());
    }
}
