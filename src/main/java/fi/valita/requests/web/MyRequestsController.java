package fi.valita.requests.web;

import fi.valita.identity.CurrentUser;
import fi.valita.requests.WorkRequest;
import fi.valita.requests.WorkRequests;
import jakarta.validation.Valid;
import java.util.Locale;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A requester follows their organisation's requests and may call one off. A coordinator who comes
 * here is sent to their own pages for the same requests.
 */
@Controller
class MyRequestsController {

    private final WorkRequests requests;
    private final RequestViews views;
    private final RequestDetail detail;

    MyRequestsController(WorkRequests requests, RequestViews views, RequestDetail detail) {
        this.requests = requests;
        this.views = views;
        this.detail = detail;
    }

    @GetMapping("/requests")
    String listMyRequests(@AuthenticationPrincipal CurrentUser user, Model model, Locale locale) {
        if (user.coordinates()) {
            return "redirect:/coordinator/requests";
        }
        model.addAttribute("rows", views.rows(requests.ofMyOrganisation(user), locale));
        return "requests/list";
    }

    @GetMapping("/requests/{id}")
    String showMyRequest(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model, Locale locale) {
        WorkRequest request = requests.get(id, user);
        if (user.coordinates()) {
            return "redirect:/coordinator/requests/" + id;
        }
        return detail.show(request, user, model, locale);
    }

    @PostMapping("/requests/{id}/cancel")
    String cancelMyRequest(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable UUID id,
            @Valid @ModelAttribute("cancelForm") CancelForm form,
            BindingResult errors,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        return detail.cancel(id, form, errors, user, model, locale, redirect);
    }
}
