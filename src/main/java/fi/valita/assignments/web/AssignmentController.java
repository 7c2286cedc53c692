package fi.valita.assignments.web;

import fi.valita.assignments.AssignmentRefused;
import fi.valita.assignments.Assignments;
import fi.valita.identity.CurrentUser;
import fi.valita.identity.Role;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
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

/** Assignments for the expert, the requester organisation and the pool's coordinators; calling one off. */
@Controller
class AssignmentController {

    private final Assignments assignments;
    private final AssignmentPage page;
    private final Clock clock;

    AssignmentController(Assignments assignments, AssignmentPage page, Clock clock) {
        this.assignments = assignments;
        this.page = page;
        this.clock = clock;
    }

    record CancelForm(@Nullable @NotBlank @Size(max = 500) String reason) {}

    @GetMapping("/assignments")
    String listAssignments(@AuthenticationPrincipal CurrentUser user, Model model, Locale locale) {
        model.addAttribute("work", AgreedWork.of(assignments.mine(user), Instant.now(clock),
                (a, now) -> page.card(a, now, locale)));
        model.addAttribute("theExpert", user.is(Role.EXPERT));
        return "assignments/list";
    }

    @GetMapping("/assignments/{id}")
    String showAssignment(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model, Locale locale) {
        return page(user, id, model, locale);
    }

    @PostMapping("/assignments/{id}/cancel")
    String cancelAssignment(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable UUID id,
            @Valid @ModelAttribute("cancelForm") CancelForm form,
            BindingResult errors,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        if (errors.hasErrors() || form.reason() == null) {
            return page(user, id, model, locale);
        }
        try {
            assignments.cancel(id, form.reason(), user);
        } catch (AssignmentRefused refused) {
            errors.reject(refused.messageKey());
            return page(user, id, model, locale);
        }
        redirect.addFlashAttribute("cancelled", true);
        return "redirect:/assignments/" + id;
    }

    private String page(CurrentUser user, UUID id, Model model, Locale locale) {
        return page.render(user, id, model, locale);
    }
}
