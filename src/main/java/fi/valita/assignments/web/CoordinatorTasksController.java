package fi.valita.assignments.web;

import fi.valita.assignments.AfterWork;
import fi.valita.assignments.AssignmentNotFound;
import fi.valita.assignments.CoordinatorTask;
import fi.valita.identity.CurrentUser;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The coordinator's tasks after assignments: debriefs experts asked for and reports of mistreatment. */
@Controller
class CoordinatorTasksController {

    private static final Map<String, CoordinatorTask.Kind> KINDS =
            Map.of("debriefs", CoordinatorTask.Kind.DEBRIEF, "reports", CoordinatorTask.Kind.MISTREATMENT);

    private final AfterWork afterWork;
    private final WorkWords words;

    CoordinatorTasksController(AfterWork afterWork, WorkWords words) {
        this.afterWork = afterWork;
        this.words = words;
    }

    record TaskRow(String path, CoordinatorTask task, String at) {}

    @GetMapping("/coordinator/tasks")
    String showTasks(@AuthenticationPrincipal CurrentUser coordinator, Model model, Locale locale) {
        model.addAttribute("tasks", afterWork.tasks(coordinator).stream()
                .map(t -> new TaskRow(t.kind() == CoordinatorTask.Kind.DEBRIEF ? "debriefs" : "reports", t,
                        words.time(t.at(), locale)))
                .toList());
        return "assignments/tasks";
    }

    @PostMapping("/coordinator/tasks/{kind}/{id}/handled")
    String markHandled(@AuthenticationPrincipal CurrentUser coordinator, @PathVariable String kind,
            @PathVariable UUID id, RedirectAttributes redirect) {
        CoordinatorTask.Kind known = KINDS.get(kind);
        if (known == null) {
            throw AssignmentNotFound.withId(id);
        }
        afterWork.markHandled(known, id, coordinator);
        redirect.addFlashAttribute("handled", true);
        return "redirect:/coordinator/tasks";
    }
}
