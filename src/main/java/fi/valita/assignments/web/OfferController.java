package fi.valita.assignments.web;

import fi.valita.assignments.Assignment;
import fi.valita.assignments.AssignmentRefused;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The expert's offers: a list of open ones, and one offer to accept, or to decline in a second step. */
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
        return offerPage(expert, id, model, locale);
    }

    /**
     * Takes the work; fee-based work comes with its assignment agreement, whose content check the page sent as
     * {@code agreement}: taking the work accepts the agreement as the page showed it.
     */
    @PostMapping("/offers/{id}/accept")
    String acceptOffer(@AuthenticationPrincipal CurrentUser expert, @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String agreement, RedirectAttributes redirect) {
        try {
            Assignment assignment = brokering.accept(id, agreement == null || agreement.isBlank() ? null : agreement,
                    expert);
            redirect.addFlashAttribute("outcome", "ACCEPTED");
            redirect.addFlashAttribute("assignmentId", assignment.id());
        } catch (OfferNotOpen refused) {
            redirect.addFlashAttribute("outcome", refused.reason().name());
        } catch (AssignmentRefused refused) {
            redirect.addFlashAttribute("outcome", "AGREEMENT_CHANGED");
        }
        return "redirect:/offers/" + id;
    }

    /** "No thank you" first opens this step: the expert may tell why, and nothing is declined by a mis-tap. */
    @GetMapping("/offers/{id}/decline")
    String showDecline(@AuthenticationPrincipal CurrentUser expert, @PathVariable UUID id, Model model, Locale locale) {
        model.addAttribute("declineForm", new DeclineForm(null));
        return declinePage(expert, id, model, locale);
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
            return declinePage(expert, id, model, locale);
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
        model.addAttribute("agreementContent",
                details.offer().isOpen(clock) ? brokering.agreementOffered(id, expert) : null);
        if (!model.containsAttribute("outcome")) {
            model.addAttribute("outcome", stateOf(details));
        }
        if (!model.containsAttribute("assignmentId")) {
            model.addAttribute("assignmentId", details.assignmentId());
        }
        return "assignments/offer";
    }

    private String declinePage(CurrentUser expert, UUID id, Model model, Locale locale) {
        OfferDetails details = brokering.offer(id, expert);
        if (!details.offer().isOpen(clock)) {
            return "redirect:/offers/" + id;
        }
        model.addAttribute("offer", card(details, locale));
        return "assignments/decline";
    }

    /** What the page says about an offer that can no longer be answered; null while it can. */
    private @Nullable String stateOf(OfferDetails d) {
        return switch (d.offer().status()) {
            case OPEN -> d.offer().isOpen(clock) ? null : "EXPIRED";
            case ACCEPTED, DECLINED, EXPIRED, CLOSED -> d.offer().status().name();
        };
    }

    private OfferCard card(OfferDetails d, Locale locale) {
        return OfferCard.of(d, words, clock, locale);
    }
}
