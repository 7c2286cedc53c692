package fi.valita.documents.web;

import fi.valita.assignments.Brokering;
import fi.valita.assignments.OfferDetails;
import fi.valita.documents.Agreement;
import fi.valita.documents.AgreementRefused;
import fi.valita.documents.AgreementState;
import fi.valita.documents.AgreementView;
import fi.valita.documents.AssignmentAgreements;
import fi.valita.documents.DocumentNotFound;
import fi.valita.documents.internal.Pdf;
import fi.valita.identity.CurrentUser;
import fi.valita.identity.Role;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
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

/**
 * The assignment agreement of fee-based work: read it (page or PDF), and the expert's "I have read and accept";
 * the agreement an offer comes with, to read before taking the work; the coordinators' list of where the pool's
 * agreements are.
 */
@Controller
class AgreementController {

    private final AssignmentAgreements agreements;
    private final Brokering brokering;
    private final Pdf pdf;
    private final WordsFactory words;
    private final Clock clock;

    AgreementController(AssignmentAgreements agreements, Brokering brokering, Pdf pdf, WordsFactory words,
            Clock clock) {
        this.agreements = agreements;
        this.brokering = brokering;
        this.pdf = pdf;
        this.words = words;
        this.clock = clock;
    }

    /** The checkbox, and the content hash of the agreement as the page showed it. */
    record AcceptForm(@Nullable String accepted, @Nullable String content) {

        boolean ticked() {
            return "true".equals(accepted);
        }
    }

    @GetMapping("/assignments/{id}/agreement")
    String showAgreement(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model,
            Locale locale) {
        return page(agreements.agreement(id, user), user, model, locale);
    }

    @GetMapping("/assignments/{id}/agreement.pdf")
    ResponseEntity<byte[]> downloadAgreement(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
            Locale locale) {
        return download(agreements.agreement(id, user), locale);
    }

    @GetMapping(path = "/assignments/{id}/agreement", params = "format=pdf")
    ResponseEntity<byte[]> downloadAgreementByParameter(@AuthenticationPrincipal CurrentUser user,
            @PathVariable UUID id, Locale locale) {
        return download(agreements.agreement(id, user), locale);
    }

    /** Accepts on the agreement's page, or on the assignment's page before the report ({@code next=assignment}). */
    @PostMapping("/assignments/{id}/agreement")
    String acceptAgreement(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
            @ModelAttribute("acceptForm") AcceptForm form, BindingResult errors,
            @RequestParam(required = false) @Nullable String next, Model model, Locale locale,
            RedirectAttributes redirect) {
        if (!user.is(Role.EXPERT)) {
            throw DocumentNotFound.agreement(id);
        }
        AgreementView view = agreements.agreement(id, user);
        if (!form.ticked()) {
            errors.rejectValue("accepted", "documents.agreement.tick-to-accept");
            return page(view, user, model, locale);
        }
        try {
            agreements.accept(id, form.content() == null ? "" : form.content(), user);
        } catch (AgreementRefused refused) {
            errors.reject(refused.messageKey());
            return page(agreements.agreement(id, user), user, model, locale);
        }
        if ("assignment".equals(next)) {
            redirect.addFlashAttribute("done", "agreement");
            return "redirect:/assignments/" + id;
        }
        redirect.addFlashAttribute("agreementAccepted", true);
        return "redirect:/assignments/" + id + "/agreement";
    }

    /** The agreement that comes with one of the expert's own offers; taking the work from here accepts it. */
    @GetMapping("/offers/{id}/agreement")
    String showOfferAgreement(@AuthenticationPrincipal CurrentUser expert, @PathVariable UUID id, Model model,
            Locale locale) {
        OfferDetails offer = brokering.offer(id, expert);
        Agreement agreement = agreements.forOffer(offer);
        model.addAttribute("a", agreement);
        model.addAttribute("offerId", id);
        model.addAttribute("open", offer.offer().isOpen(clock));
        model.addAttribute("words", words.in(locale));
        return "documents/offer-agreement";
    }

    @GetMapping("/coordinator/agreements")
    String listAgreements(@AuthenticationPrincipal CurrentUser coordinator, Model model, Locale locale) {
        List<AgreementView> pool = agreements.ofPool(coordinator);
        model.addAttribute("agreements", pool);
        model.addAttribute("waiting", pool.stream().filter(v -> v.state() != AgreementState.ACCEPTED).count());
        model.addAttribute("recentDays", AssignmentAgreements.RECENT_DAYS);
        model.addAttribute("words", words.in(locale));
        return "documents/agreements";
    }

    private String page(AgreementView view, CurrentUser user, Model model, Locale locale) {
        model.addAttribute("view", view);
        model.addAttribute("a", view.agreement());
        model.addAttribute("words", words.in(locale));
        model.addAttribute("theExpert", user.is(Role.EXPERT));
        if (!model.containsAttribute("acceptForm")) {
            model.addAttribute("acceptForm", new AcceptForm(null, null));
        }
        return "documents/agreement";
    }

    private ResponseEntity<byte[]> download(AgreementView view, Locale locale) {
        byte[] file = pdf.render("documents/pdf/agreement",
                Map.of("view", view, "a", view.agreement(), "words", words.in(locale)), locale);
        return Downloads.pdf(file, "valita-agreement-" + Downloads.slug(view.agreement().title()) + ".pdf");
    }
}
