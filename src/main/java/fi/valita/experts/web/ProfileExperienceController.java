package fi.valita.experts.web;

import fi.valita.experts.ExperienceArea;
import fi.valita.experts.ExpertPool;
import fi.valita.experts.ExpertProfile;
import fi.valita.identity.CurrentUser;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
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

/** The expert's lived experience, and which of it the coordinator may use to find them work. */
@Controller
class ProfileExperienceController {

    private final ExpertPool pool;
    private final ProfileEdits edits;

    ProfileExperienceController(ExpertPool pool, ProfileEdits edits) {
        this.pool = pool;
        this.edits = edits;
    }

    @GetMapping({"/me/profile/experience", "/experts/{id}/profile/experience"})
    String showExperienceForm(@PathVariable(required = false) @Nullable UUID id,
            @AuthenticationPrincipal CurrentUser user, Model model, Locale locale) {
        var subject = ProfileSubject.of(id, user);
        var profile = pool.profile(subject.expertId(), user);
        return experiencePage(subject, profile, ProfileExperienceForm.of(profile, pool.areasOf(user)), model, locale,
                user);
    }

    @PostMapping({"/me/profile/experience", "/experts/{id}/profile/experience"})
    String saveExperience(@PathVariable(required = false) @Nullable UUID id, @AuthenticationPrincipal CurrentUser user,
            @ModelAttribute("form") ProfileExperienceForm form, BindingResult errors, Model model, Locale locale,
            RedirectAttributes redirect) {
        var subject = ProfileSubject.of(id, user);
        return edits.save(subject, user, form, errors, model, redirect,
                () -> pool.changeExperiences(subject.expertId(), form.version(), form.toExperiences(), user),
                (profile, shown) -> experiencePage(subject, profile, shown, model, locale, user));
    }

    private String experiencePage(ProfileSubject subject, ExpertProfile profile, ProfileExperienceForm form,
            Model model, Locale locale, CurrentUser user) {
        Map<UUID, String> areaNames = new LinkedHashMap<>();
        for (ExperienceArea area : pool.areasOf(user)) {
            areaNames.put(area.id(), area.name(locale));
        }
        model.addAttribute("areaNames", areaNames);
        return edits.page(subject, profile, form, "experience", model, user);
    }
}
