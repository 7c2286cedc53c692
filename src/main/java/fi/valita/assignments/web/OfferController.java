package fi.valita.assignments.web;

import fi.valita.assignments.Assignment;
import fi.valita.assignments.Brokering;
import fi.valita.assignments.OfferDetails;
import fi.valita.assignments.OfferNotOpen;
import fi.valita.identity.CurrentUser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The expert's offers: a list of open ones, and one offer to accept or decline. */
@Controller
class OfferController {

    private final Brokering brokering;
    private final WorkWords words;
    private final Clock clock;

    OfferController(Brokering brokering, WorkWords words, Clock clock) {
        this.brokering = brokering;
        this.words = words;
        this.clock = clock;
    }

    record DeclineForm(@Nullable @Size(max = 500) String reason) {}

    @GetMapping("/offers")
    String listOffers(@AuthenticationPrincipal CurrentUser expert, Model model, Locale locale) {
        model.addAttribute("offers", brokering.openOffersOf(expert).stream().map(d -> card(d, locale)).toList());
        return "assignments/offers";
    }

    @GetMapping("/offers/{id}")
    String showOffer(@AuthenticationPrincipal CurrentUser expert, @PathVariable UUID id, Model model, Locale locale) {
        model.addAttribute("declineForm", new DeclineForm(null));
        return offerPage(expert, id, model, locale);
    }

    @PostMapping("/offers/{id}/accept")
    String acceptOffer(@AuthenticationPrincipal CurrentUser expert, @PathVariable UUID id, RedirectAttributes redirect) {
        try {
            Assignment assignment = brokering.accept(id, expert);
            redirect.addFlashAttribute("outcome", "ACCEPTED");
            redirect.addFlashAttribute("assignmentId", assignment.id());
        } catch (OfferNotOpen refused) {
            redirect.addFlashAttribute("outcome", refused.reason().name());
        }
        return "redirect:/offers/" + id;
    }

    @PostMapping("/offers/{id}/decline")
    String declineOffer(
            @AuthenticationPrincipal CurrentUser expert,
            @PathVariable UUID id,
            @Valid @ModelAttribute("declineForm") DeclineForm form,
            BindingResult errors,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return offerPage(expert, id, model, locale);
        }
        try {
            brokering.decline(id, form.reason(), expert);
            redirect.addFlashAttribute("outcome", "DECLINED");
        } catch (OfferNotOpen refused) {
            redirect.addFlashAttribute("outcome", refused.reason().name());
        }
        return "redirect:/offers/" + id;
    }

    private String offerPage(CurrentUser expert, UUID id, Model model, Locale locale) {
        OfferDetails details = brokering.offer(id, expert);
        model.addAttribute("offer", card(details, locale));
        if (!model.containsAttribute("outcome")) {
            model.addAttribute("outcome", stateOf(details));
        }
        if (!model.containsAttribute("assignmentId")) {
            model.addAttribute("assignmentId", details.assignmentId());
        }
        return "assignments/offer";
    }

    /** What the page says about an offer that can no longer be answered; null while it can. */
    private @Nullable String stateOf(OfferDetails d) {
        return switch (d.offer().status()) {
            case OPEN -> d.offer().isOpen(clock) ? null : "EXPIRED";
            case ACCEPTED, DECLINED, EXPIRED, CLOSED -> d.offer().status().name();
        };
    }

    private OfferCard card(OfferDetails d, Locale locale) {
        return new OfferCard(d.offer().id(), d.offer().status(), d.offer().isOpen(clock),
                words.summarise(d.request(), d.requesterName(), d.offer().engagementForm(), locale),
                words.time(d.offer().respondBy(), locale));
    }
}
