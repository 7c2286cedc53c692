package fi.valita.identity.web;

import fi.valita.identity.CurrentUser;
import fi.valita.identity.SecondFactorRefused;
import fi.valita.identity.SecondFactors;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The lost-device path: an admin sees who in their organisation has which second factor, resets a
 * colleague's (never their own) so that the colleague adds a new one at their next sign-in, and sees
 * the log of every change.
 */
@Controller
class SecondFactorAdminController {

    private final SecondFactors secondFactors;

    SecondFactorAdminController(SecondFactors secondFactors) {
        this.secondFactors = secondFactors;
    }

    @GetMapping("/admin/second-factors")
    String show(@AuthenticationPrincipal CurrentUser admin, Model model) {
        model.addAttribute("people", secondFactors.peopleOf(admin));
        model.addAttribute("events", secondFactors.eventsOf(admin));
        model.addAttribute("me", admin.id());
        return "identity/second-factors-admin";
    }

    @PostMapping("/admin/second-factors/{personId}/reset")
    String reset(@AuthenticationPrincipal CurrentUser admin, @PathVariable UUID personId, RedirectAttributes redirect) {
        try {
            secondFactors.resetByAdmin(admin, personId);
            redirect.addFlashAttribute("reset", true);
        } catch (SecondFactorRefused e) {
            redirect.addFlashAttribute("refused", e.messageKey());
        }
        return "redirect:/admin/second-factors";
    }
}
