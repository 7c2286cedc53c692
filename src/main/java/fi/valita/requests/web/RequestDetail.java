package fi.valita.requests.web;

import fi.valita.identity.CurrentUser;
import fi.valita.requests.RequestRefused;
import fi.valita.requests.WorkRequest;
import fi.valita.requests.WorkRequests;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The page of one request, for its requester or its pool's coordinator, and calling it off from
 * there. Every path asks the requests module for the request, so access is always checked.
 */
@Component
class RequestDetail {

    private final WorkRequests requests;
    private final RequestViews views;

    RequestDetail(WorkRequests requests, RequestViews views) {
        this.requests = requests;
        this.views = views;
    }

    String show(WorkRequest request, CurrentUser user, Model model, Locale locale) {
        model.addAttribute("request", views.detail(request, locale));
        model.addAttribute("coordinatorView", user.coordinates());
        model.addAttribute("basePath", (user.coordinates() ? "/coordinator/requests/" : "/requests/") + request.id());
        if (!model.containsAttribute("cancelForm")) {
            model.addAttribute("cancelForm", CancelForm.empty());
        }
        return "requests/detail";
    }

    /** Calls the request off and shows it again, or shows why it could not be. */
    String cancel(UUID id, CancelForm form, BindingResult errors, CurrentUser user, Model model, Locale locale,
            RedirectAttributes redirect) {
        WorkRequest request = requests.get(id, user);
        if (!errors.hasErrors()) {
            try {
                requests.cancel(id, form.reason(), user);
                redirect.addFlashAttribute("cancelled", true);
                return "redirect:" + (user.coordinates() ? "/coordinator/requests/" : "/requests/") + id;
            } catch (RequestRefused refused) {
                model.addAttribute("refusal", refused.messageKey()); // the form is gone: the request is no longer open
            }
        }
        return show(request, user, model, locale);
    }
}
