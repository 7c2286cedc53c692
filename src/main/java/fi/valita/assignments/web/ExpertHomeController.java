package fi.valita.assignments.web;

import fi.valita.assignments.Assignments;
import fi.valita.assignments.Brokering;
import fi.valita.assignments.OfferDetails;
import fi.valita.experts.ExpertPool;
import fi.valita.experts.ExpertProfile;
import fi.valita.identity.CurrentUser;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Locale;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The expert's start page after signing in: first what needs them (offers waiting for an answer, the
 * nearest deadline first), then their agreed work coming up (nearest first), then work to report. Work
 * done is on the list of agreed work, under its own heading.
 */
@Controller
class ExpertHomeController {

    private final Brokering brokering;
    private final Assignments assignments;
    private final ExpertPool pool;
    private final AssignmentPage page;
    private final WorkWords words;
    private final Clock clock;

    ExpertHomeController(Brokering brokering, Assignments assignments, ExpertPool pool, AssignmentPage page,
            WorkWords words, Clock clock) {
        this.brokering = brokering;
        this.assignments = assignments;
        this.pool = pool;
        this.page = page;
        this.words = words;
        this.clock = clock;
    }

    @GetMapping("/me")
    String showHome(@AuthenticationPrincipal CurrentUser expert, Model model, Locale locale) {
        model.addAttribute("offers", brokering.openOffersOf(expert).stream()
                .sorted(Comparator.comparing((OfferDetails d) -> d.offer().respondBy()))
                .map(d -> OfferCard.of(d, words, clock, locale))
                .toList());
        model.addAttribute("work", AgreedWork.of(assignments.mine(expert), Instant.now(clock),
                (a, now) -> page.card(a, now, locale)));
        ExpertProfile profile = pool.profile(expert.id(), expert);
        model.addAttribute("onBreak", profile.isOnBreak(LocalDate.now(clock)));
        model.addAttribute("breakUntil", profile.breakUntil() == null ? null
                : words.day(profile.breakUntil(), locale));
        model.addAttribute("name", profile.displayName());
        model.addAttribute("theExpert", true);
        return "assignments/home";
    }
}
