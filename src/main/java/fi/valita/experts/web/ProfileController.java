package fi.valita.experts.web;

import fi.valita.experts.ExpertPool;
import fi.valita.identity.CurrentUser;
import jakarta.validation.Valid;
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
 * The overview of a profile, section by section, each with a link to edit it; for the expert, the break
 * switch comes first, so that a tired expert finds it at once.
 */
@Controller
class ProfileController {

    private final ExpertPool pool;
    private final ProfileEdits edits;

    ProfileController(ExpertPool pool, ProfileEdits edits) {
        this.pool = pool;
        this.edits = edits;
    }

    @GetMapping({"/me/profile", "/experts/{id}/profile"})
    String showProfile(@PathVariable(required = false) @Nullable UUID id, @AuthenticationPrincipal CurrentUser user,
            Model model) {
        var subject = ProfileSubject.of(id, user);
        return edits.overview(subject, pool.profile(subject.expertId(), user), model, user);
    }

    @PostMapping("/me/profile/break")
    String saveBreak(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") ProfileBreakForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        var subject = ProfileSubject.of(null, user);
        return edits.save(subject, user, form, errors, model, redirect,
                () -> pool.changeBreak(subject.expertId(), form.version(), form.onBreak(), form.breakUntil(), user),
                (profile, shown) -> edits.overview(subject, profile, model, user));
    }

    @GetMapping("/experts/{id}")
    String showExpert(@PathVariable UUID id) {
        return "redirect:/experts/" + id + "/profile";
    }
}
