package fi.valita.earnings.web;

import fi.valita.earnings.BenefitWatches;
import fi.valita.earnings.SharedWatch;
import fi.valita.identity.CurrentUser;
import java.util.Locale;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A coordinator of the expert's pool reads the expert's benefit watch, only if the expert shared it; otherwise
 * the page says so and shows no numbers. To anyone else the expert does not exist (404).
 */
@Controller
class SharedWatchController {

    private final BenefitWatches watches;
    private final EarningsWords words;

    SharedWatchController(BenefitWatches watches, EarningsWords words) {
        this.watches = watches;
        this.words = words;
    }

    @GetMapping("/experts/{id}/benefit-watch")
    String showSharedWatch(@AuthenticationPrincipal CurrentUser coordinator, @PathVariable UUID id, Model model,
            Locale locale) {
        SharedWatch shared = watches.sharedBy(id, coordinator);
        model.addAttribute("expertId", id);
        model.addAttribute("expertName", shared.expertName());
        model.addAttribute("shared", shared.shared());
        if (shared.watch() != null) {
            model.addAttribute("status", WatchPage.status(shared.watch().status(), words, locale));
            model.addAttribute("volunteerOnly", WatchPage.volunteerOnly(shared.watch(), words, locale));
        }
        return "earnings/shared-watch";
    }
}
