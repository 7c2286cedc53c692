package fi.valita.requests.web;

import fi.valita.identity.CurrentUser;
import fi.valita.requests.RequestRefused;
import fi.valita.requests.WorkRequest;
import fi.valita.requests.WorkRequests;
import java.util.Locale;
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
 * The coordinator closes a request nobody was found for, in two steps: a page that says what happens (open
 * offers close and their experts are told, the requester is told, agreed work stays), and only its
 * confirming button closes the request. A post without the confirmation (an old form, a double tap) shows
 * the same page and closes nothing.
 */
@Controller
class UnfilledController {

    private final WorkRequests requests;
    private final RequestViews views;

    UnfilledController(WorkRequests requests, RequestViews views) {
        this.requests = requests;
        this.views = views;
    }

    @GetMapping("/coordinator/requests/{id}/unfilled")
    String showUnfilledConfirmation(@AuthenticationPrincipal CurrentUser coordinator, @PathVariable UUID id, Model model,
            Locale locale) {
        return confirmation(requests.get(id, coordinator), model, locale);
    }

    @PostMapping("/coordinator/requests/{id}/unfilled")
    String closeUnfilled(@AuthenticationPrincipal CurrentUser coordinator, @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String confirm, Model model, Locale locale,
            RedirectAttributes redirect) {
        WorkRequest request = requests.get(id, coordinator);
        if (!"yes".equals(confirm)) {
            return confirmation(request, model, locale);
        }
        try {
            requests.markUnfilled(id, coordinator);
            redirect.addFlashAttribute("unfilled", true);
        } catch (RequestRefused refused) {
            redirect.addFlashAttribute("refusal", refused.messageKey());
        }
        return "redirect:/coordinator/requests/" + id;
    }

    private String confirmation(WorkRequest request, Model model, Locale locale) {
        if (!request.status().isOpen()) {
            return "redirect:/coordinator/requests/" + request.id();
        }
        model.addAttribute("request", views.detail(request, locale));
        return "requests/unfilled";
    }
}
