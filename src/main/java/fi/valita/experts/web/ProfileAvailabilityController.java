package fi.valita.experts.web;

import fi.valita.experts.ExpertPool;
import fi.valita.experts.ExpertProfile;
import fi.valita.experts.InvalidProfile;
import fi.valita.identity.CurrentUser;
import jakarta.validation.Valid;
import java.time.DayOfWeek;
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

/** When the expert can usually work, a break, and their own limits on load. */
@Controller
class ProfileAvailabilityController {

    private final ExpertPool pool;
    private final ProfileEdits edits;

    ProfileAvailabilityController(ExpertPool pool, ProfileEdits edits) {
        this.pool = pool;
        this.edits = edits;
    }

    @GetMapping({"/me/profile/availability", "/experts/{id}/profile/availability"})
    String showAvailabilityForm(@PathVariable(required = false) @Nullable UUID id,
            @AuthenticationPrincipal CurrentUser user, Model model) {
        var subject = ProfileSubject.of(id, user);
        var profile = pool.profile(subject.expertId(), user);
        return availabilityPage(subject, profile, ProfileAvailabilityForm.of(profile), model, user);
    }

    @PostMapping({"/me/profile/availability", "/experts/{id}/profile/availability"})
    String saveAvailability(@PathVariable(required = false) @Nullable UUID id,
            @AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") ProfileAvailabilityForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        var subject = ProfileSubject.of(id, user);
        if (form.toAvailability().hasOverlappingSlots()) {
            ProfileEdits.reject(errors, "weekly", InvalidProfile.overlappingSlots().messageKey());
        }
        return edits.save(subject, user, form, errors, model, redirect,
                () -> pool.changeAvailability(subject.expertId(), form.version(), form.toAvailability(), user),
                (profile, shown) -> availabilityPage(subject, profile, shown, model, user));
    }

    private String availabilityPage(ProfileSubject subject, ExpertProfile profile, ProfileAvailabilityForm form,
            Model model, CurrentUser user) {
        model.addAttribute("days", DayOfWeek.values());
        return edits.page(subject, profile, form, "availability", model, user);
    }
}
