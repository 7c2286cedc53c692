package fi.valita.requests.web;

import fi.valita.experts.TaskType;
import fi.valita.identity.CurrentUser;
import fi.valita.identity.Organisation;
import fi.valita.requests.InboxFilter;
import fi.valita.requests.RequestStatus;
import fi.valita.requests.WorkRequests;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The coordinator's inbox of work requests sent to their pool, most urgent first, and the page of
 * one request with the way on to finding experts. An htmx request gets only the results.
 */
@Controller
class InboxController {

    static final String ALL = "ALL";
    /** The statuses the inbox filter offers besides "open" (the default) and "all". */
    static final List<RequestStatus> CLOSED =
            List.of(RequestStatus.FILLED, RequestStatus.DONE, RequestStatus.CANCELLED, RequestStatus.UNFILLED);

    private final WorkRequests requests;
    private final RequestViews views;
    private final RequestChoices choices;
    private final RequestDetail detail;
    private final MessageSource messages;

    InboxController(WorkRequests requests, RequestViews views, RequestChoices choices, RequestDetail detail,
            MessageSource messages) {
        this.requests = requests;
        this.views = views;
        this.choices = choices;
        this.detail = detail;
        this.messages = messages;
    }

    @GetMapping("/coordinator/requests")
    String showInbox(
            @AuthenticationPrincipal CurrentUser user,
            @ModelAttribute("filters") InboxForm form,
            @RequestHeader(value = "HX-Request", required = false) @Nullable String htmx,
            @RequestHeader(value = "HX-History-Restore-Request", required = false) @Nullable String historyRestore,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        List<Organisation> organisations = choices.orderingOrganisations(user);
        List<String> ignored = new ArrayList<>();
        InboxFilter filter = filterFrom(form, organisations, ignored);
        model.addAttribute("rows", views.rows(requests.inbox(filter, user), locale));
        model.addAttribute("ignoredFilters", ignored);
        response.setHeader("Vary", "HX-Request");
        if (htmx != null && !"true".equals(historyRestore)) {
            return "requests/inbox :: update";
        }
        model.addAttribute("statusChoices", statusChoices(locale));
        model.addAttribute("taskTypeChoices", choices.taskTypes("requests.filter.any", locale));
        model.addAttribute("requesterChoices", choices.orderingOrganisationChoices(user, "requests.filter.any", locale));
        return "requests/inbox";
    }

    @GetMapping("/coordinator/requests/{id}")
    String showRequest(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model, Locale locale) {
        return detail.show(requests.get(id, user), user, model, locale);
    }

    /** The coordinator starts looking for experts: the request moves on from "new" and the candidates open. */
    @PostMapping("/coordinator/requests/{id}/find-experts")
    String findExperts(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        requests.startMatching(id, user);
        return "redirect:/coordinator/requests/" + id + "/candidates";
    }

    @PostMapping("/coordinator/requests/{id}/cancel")
    String cancelRequest(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable UUID id,
            @Valid @ModelAttribute("cancelForm") CancelForm form,
            BindingResult errors,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        return detail.cancel(id, form, errors, user, model, locale, redirect);
    }

    private InboxFilter filterFrom(InboxForm form, List<Organisation> organisations, List<String> ignored) {
        Set<RequestStatus> statuses = Set.of();
        if (ALL.equals(form.status())) {
            statuses = EnumSet.allOf(RequestStatus.class);
        } else if (given(form.status())) {
            statuses = CLOSED.stream().filter(s -> s.name().equals(form.status())).findFirst().map(Set::of)
                    .orElseGet(() -> noted(Set.of(), "requests.filter.status", ignored));
        }
        TaskType taskType = null;
        if (given(form.taskType())) {
            taskType = EnumSet.allOf(TaskType.class).stream().filter(t -> t.name().equals(form.taskType())).findFirst()
                    .orElseGet(() -> noted(null, "requests.filter.task-type", ignored));
        }
        UUID requester = null;
        if (given(form.requester())) {
            requester = organisations.stream().map(Organisation::id).filter(id -> id.toString().equals(form.requester()))
                    .findFirst().orElseGet(() -> noted(null, "requests.filter.requester", ignored));
        }
        return new InboxFilter(statuses, taskType, requester, given(form.text()) ? form.text() : null);
    }

    private static <T> T noted(T fallback, String label, List<String> ignored) {
        ignored.add(label);
        return fallback;
    }

    private Map<String, String> statusChoices(Locale locale) {
        Map<String, String> statusChoices = choices.first("requests.filter.open", locale);
        CLOSED.forEach(s -> statusChoices.put(s.name(), messages.getMessage("requests.status." + s.name(), null, locale)));
        statusChoices.put(ALL, messages.getMessage("requests.filter.all", null, locale));
        return statusChoices;
    }

    private static boolean given(@Nullable String value) {
        return value != null && !value.isBlank();
    }
}
