package fi.valita.matching.web;

import fi.valita.identity.CurrentUser;
import fi.valita.matching.MatchingSettings;
import fi.valita.matching.MatchingWeights;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A coordinator sees and changes how much each part of the fit counts in their pool's rankings. */
@Controller
class MatchingSettingsController {

    private static final String PAGE = "matching/settings";

    private final MatchingSettings settings;

    MatchingSettingsController(MatchingSettings settings) {
        this.settings = settings;
    }

    @GetMapping("/coordinator/matching-settings")
    String show(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("weights", WeightsForm.of(settings.weights(user)));
        model.addAttribute("defaults", MatchingWeights.defaults());
        return PAGE;
    }

    @PostMapping("/coordinator/matching-settings")
    String change(
            @AuthenticationPrincipal CurrentUser user,
            @ModelAttribute("weights") WeightsForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        var weights = form.weights(errors);
        if (weights.isEmpty()) {
            model.addAttribute("defaults", MatchingWeights.defaults());
            return PAGE;
        }
        settings.change(weights.get(), user);
        redirect.addFlashAttribute("saved", true);
        return "redirect:/coordinator/matching-settings";
    }
}
