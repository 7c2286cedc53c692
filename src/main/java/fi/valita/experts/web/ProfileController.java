package fi.valita.experts.web;

import fi.valita.experts.ExpertPool;
import fi.valita.identity.CurrentUser;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The overview of a profile, section by section, each with a link to edit it. */
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
        model.addAttribute("subject", subject);
        model.addAttribute("view", edits.view(pool.profile(subject.expertId(), user), user));
        return "experts/profile";
    }

    @GetMapping("/experts/{id}")
    String showExpert(@PathVariable UUID id) {
        return "redirect:/experts/" + id + "/profile";
    }
}
