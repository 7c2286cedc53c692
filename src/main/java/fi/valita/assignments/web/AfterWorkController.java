package fi.valita.assignments.web;

import fi.valita.assignments.AfterWork;
import fi.valita.assignments.AssignmentNotFound;
import fi.valita.assignments.AssignmentRefused;
import fi.valita.assignments.Assignments;
import fi.valita.assignments.Feedback;
import fi.valita.assignments.Feedbacks;
import fi.valita.assignments.web.AssignmentPage.CompleteForm;
import fi.valita.assignments.web.AssignmentPage.FeedbackForm;
import fi.valita.identity.CurrentUser;
import fi.valita.identity.Role;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;
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

/**
 * After the work, on the assignment's page: the expert reports hours and travel, the requester or the
 * coordinator confirms, both sides give feedback, and the expert can report mistreatment.
 */
@Controller
class AfterWorkController {

    private static final Set<String> RATINGS = Set.of("1", "2", "3", "4", "5");

    private final AfterWork afterWork;
    private final Feedbacks feedbacks;
    private final Assignments assignments;
    private final AssignmentPage page;

    AfterWorkController(AfterWork afterWork, Feedbacks feedbacks, Assignments assignments, AssignmentPage page) {
        this.afterWork = afterWork;
        this.feedbacks = feedbacks;
        this.assignments = assignments;
        this.page = page;
    }

    record MistreatmentForm(@Nullable @NotBlank @Size(max = 2000) String text) {}

    @PostMapping("/assignments/{id}/complete")
    String reportWorkDone(
            @AuthenticationPrincipal CurrentUser expert,
            @PathVariable UUID id,
            @ModelAttribute("completeForm") CompleteForm form,
            BindingResult errors,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        BigDecimal hours = read(form.hours(), Figures::hours, "hours", "assignments.error.hours-format", errors);
        Integer km = blank(form.travelKm()) ? Integer.valueOf(0)
                : read(form.travelKm(), Figures::kilometres, "travelKm", "assignments.error.km-format", errors);
        Long cents = blank(form.tickets()) ? null
                : read(form.tickets(), Figures::cents, "tickets", "assignments.error.euros-format", errors);
        afterWork.figureRefusals(id, hours, km, cents, expert).forEach(refused -> reject(refused, errors));
        if (errors.hasErrors() || hours == null || km == null) {
            return page.render(expert, id, model, locale);
        }
        try {
            afterWork.complete(id, hours, km, cents, form.wantsDebrief(), expert);
        } catch (AssignmentRefused refused) {
            reject(refused, errors);
            return page.render(expert, id, model, locale);
        }
        redirect.addFlashAttribute("done", "completed");
        return "redirect:/assignments/" + id;
    }

    @PostMapping("/assignments/{id}/confirm")
    String confirmWork(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        try {
            afterWork.confirm(id, user);
            redirect.addFlashAttribute("done", "confirmed");
        } catch (AssignmentRefused refused) {
            redirect.addFlashAttribute("refusal", refused.messageKey());
        }
        return "redirect:/assignments/" + id;
    }

    @PostMapping("/assignments/{id}/feedback")
    String giveFeedback(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable UUID id,
            @Valid @ModelAttribute("feedbackForm") FeedbackForm form,
            BindingResult errors,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        if (form.rating() == null || !RATINGS.contains(form.rating())) {
            errors.rejectValue("rating", "assignments.error.rating-range");
        }
        if (form.comment() != null && form.comment().strip().length() > Feedback.MAX_COMMENT) {
            errors.rejectValue("comment", "assignments.error.text-too-long");
        }
        if (errors.hasErrors() || form.rating() == null) {
            return page.render(user, id, model, locale);
        }
        try {
            feedbacks.giveFeedback(id, Integer.parseInt(form.rating()), form.comment(), user);
        } catch (AssignmentRefused refused) {
            reject(refused, errors);
            return page.render(user, id, model, locale);
        }
        redirect.addFlashAttribute("done", "feedback");
        return "redirect:/assignments/" + id;
    }

    @GetMapping("/assignments/{id}/mistreatment")
    String showMistreatmentForm(@AuthenticationPrincipal CurrentUser expert, @PathVariable UUID id, Model model) {
        model.addAttribute("mistreatmentForm", new MistreatmentForm(null));
        return mistreatmentPage(expert, id, model);
    }

    @PostMapping("/assignments/{id}/mistreatment")
    String reportMistreatment(
            @AuthenticationPrincipal CurrentUser expert,
            @PathVariable UUID id,
            @Valid @ModelAttribute("mistreatmentForm") MistreatmentForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors() || form.text() == null) {
            return mistreatmentPage(expert, id, model);
        }
        try {
            afterWork.reportMistreatment(id, form.text(), expert);
        } catch (AssignmentRefused refused) {
            reject(refused, errors);
            return mistreatmentPage(expert, id, model);
        }
        redirect.addFlashAttribute("done", "reported");
        return "redirect:/assignments/" + id;
    }

    /** Only the assignment's own expert has the form; to anyone else it does not exist. */
    private String mistreatmentPage(CurrentUser expert, UUID id, Model model) {
        var details = assignments.get(id, expert);
        if (!expert.is(Role.EXPERT)) {
            throw AssignmentNotFound.withId(id);
        }
        model.addAttribute("assignmentId", id);
        model.addAttribute("assignmentTitle", details.request().title());
        return "assignments/mistreatment";
    }

    private static <T> @Nullable T read(@Nullable String text, java.util.function.Function<String, @Nullable T> parse,
            String field, String messageKey, BindingResult errors) {
        T value = text == null ? null : parse.apply(text);
        if (value == null) {
            errors.rejectValue(field, messageKey);
        }
        return value;
    }

    private static boolean blank(@Nullable String text) {
        return text == null || text.isBlank();
    }

    private static void reject(AssignmentRefused refused, BindingResult errors) {
        if (refused.field() != null && errors.hasFieldErrors(refused.field())) {
            return;
        }
        if (refused.field() != null) {
            errors.rejectValue(refused.field(), refused.messageKey());
        } else {
            errors.reject(refused.messageKey());
        }
    }
}
