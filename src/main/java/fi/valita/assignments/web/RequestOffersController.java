package fi.valita.assignments.web;

import fi.valita.assignments.Assignments;
import fi.valita.assignments.Brokering;
import fi.valita.assignments.Offer;
import fi.valita.assignments.OffersRefused;
import fi.valita.experts.EngagementForm;
import fi.valita.identity.CurrentUser;
import fi.valita.requests.WorkRequests;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The coordinator sends a request's offers (from the candidates page) and follows the answers and
 * assignments of the request.
 */
@Controller
class RequestOffersController {

    private final Brokering brokering;
    private final Assignments assignments;
    private final WorkRequests requests;
    private final WorkWords words;

    RequestOffersController(Brokering brokering, Assignments assignments, WorkRequests requests, WorkWords words) {
        this.brokering = brokering;
        this.assignments = assignments;
        this.requests = requests;
        this.words = words;
    }

    record OfferRow(String expert, String status, String form, String replyBy, @Nullable String answeredAt,
            @Nullable String reason) {}

    record AssignmentRow(UUID id, String expert, String status, String when) {}

    @PostMapping("/coordinator/requests/{id}/offers")
    String sendOffers(
            @AuthenticationPrincipal CurrentUser coordinator,
            @PathVariable UUID id,
            @RequestParam(name = "expertIds", required = false) @Nullable List<String> expertIds,
            @RequestParam(name = "respondBy", required = false) @Nullable String respondBy,
            @RequestParam Map<String, String> params,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        requests.get(id, coordinator);
        List<UUID> experts = new ArrayList<>();
        Map<UUID, EngagementForm> forms = new HashMap<>();
        Instant deadline;
        try {
            for (String expert : expertIds == null ? List.<String>of() : expertIds) {
                UUID expertId = UUID.fromString(expert);
                experts.add(expertId);
                String form = params.get("form-" + expertId);
                if (form != null && !form.isBlank()) {
                    forms.put(expertId, EngagementForm.valueOf(form));
                }
            }
            deadline = respondBy == null || respondBy.isBlank() ? null
                    : LocalDateTime.parse(respondBy).atZone(WorkWords.HELSINKI).toInstant();
        } catch (IllegalArgumentException | DateTimeParseException e) {
            return notSent(id, "assignments.error.form", model, response);
        }
        if (deadline == null) {
            return notSent(id, "assignments.error.respond-by-missing", model, response);
        }
        try {
            List<Offer> sent = brokering.sendOffers(id, experts, forms, deadline, coordinator);
            redirect.addFlashAttribute("sentCount", sent.size());
        } catch (OffersRefused refused) {
            return notSent(id, refused.messageKey(), model, response);
        }
        return "redirect:/coordinator/requests/" + id + "/offers";
    }

    @GetMapping("/coordinator/requests/{id}/offers")
    String showOffers(@AuthenticationPrincipal CurrentUser coordinator, @PathVariable UUID id, Model model,
            Locale locale) {
        var request = requests.get(id, coordinator);
        model.addAttribute("request", request);
        model.addAttribute("offers", brokering.offersOf(id, coordinator).stream()
                .map(l -> new OfferRow(l.expertName(), words.text("assignments.offer-status." + l.offer().status(), locale),
                        words.text("experts.engagement." + l.offer().engagementForm().name(), locale),
                        words.time(l.offer().respondBy(), locale),
                        l.offer().answeredAt() == null ? null : words.time(l.offer().answeredAt(), locale),
                        l.offer().declineReason()))
                .toList());
        model.addAttribute("assignments", assignments.ofRequest(id, coordinator).stream()
                .map(a -> new AssignmentRow(a.assignment().id(), a.expertName(),
                        words.text("assignments.status." + a.assignment().status(), locale),
                        words.summarise(a.request(), a.requesterName(), locale).when()))
                .toList());
        return "assignments/request-offers";
    }

    private static String notSent(UUID requestId, String messageKey, Model model, HttpServletResponse response) {
        response.setStatus(422);
        model.addAttribute("requestId", requestId);
        model.addAttribute("messageKey", messageKey);
        return "assignments/offers-not-sent";
    }
}
