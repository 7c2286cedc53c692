package fi.valita.matching.web;

import fi.valita.experts.TaskType;
import fi.valita.identity.CurrentUser;
import fi.valita.matching.MatchingSettings;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A coordinator chooses the kinds of work for which their pool wants experts with a confirmed
 * expert-by-experience training; matching leaves out the others for that work (they can still be chosen by hand).
 */
@Controller
class TrainingRequirementsController {

    private static final String PATH = "/coordinator/matching-settings/training";
    private static final String PAGE = "matching/training";

    private final MatchingSettings settings;

    TrainingRequirementsController(MatchingSettings settings) {
        this.settings = settings;
    }

    @GetMapping(PATH)
    String show(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("form", TrainingRequirementsForm.of(settings.trainingRequired(user)));
        model.addAttribute("taskTypes", List.of(TaskType.values()));
        return PAGE;
    }

    @PostMapping(PATH)
    String change(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("form") TrainingRequirementsForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        var required = form.required(errors);
        if (required.isEmpty()) {
            model.addAttribute("taskTypes", List.of(TaskType.values()));
            return PAGE;
        }
        settings.requireTraining(required.get(), user);
        redirect.addFlashAttribute("saved", true);
        return "redirect:" + PATH;
    }
}
