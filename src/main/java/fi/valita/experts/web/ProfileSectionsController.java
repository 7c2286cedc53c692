package fi.valita.experts.web;

import fi.valita.experts.EngagementForm;
import fi.valita.experts.ExpertPool;
import fi.valita.experts.ExpertProfile;
import fi.valita.experts.TaskType;
import fi.valita.identity.CurrentUser;
import jakarta.validation.Valid;
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

/**
 * The plain profile sections: contact and where, the work wanted, the public introduction. Each
 * answers both at {@code /me/profile/…} (the expert) and {@code /experts/{id}/profile/…} (their coordinator).
 */
@Controller
class ProfileSectionsController {

    private final ExpertPool pool;
    private final ProfileEdits edits;
    private final ProfileOptions options;

    ProfileSectionsController(ExpertPool pool, ProfileEdits edits, ProfileOptions options) {
        this.pool = pool;
        this.edits = edits;
        this.options = options;
    }

    @GetMapping({"/me/profile/contact", "/experts/{id}/profile/contact"})
    String showContactForm(@PathVariable(required = false) @Nullable UUID id, @AuthenticationPrincipal CurrentUser user,
            Model model, Locale locale) {
        var subject = ProfileSubject.of(id, user);
        var profile = pool.profile(subject.expertId(), user);
        return contactPage(subject, profile, ProfileContactForm.of(profile), model, locale, user);
    }

    @PostMapping({"/me/profile/contact", "/experts/{id}/profile/contact"})
    String saveContact(@PathVariable(required = false) @Nullable UUID id, @AuthenticationPrincipal CurrentUser user,
            @Valid @ModelAttribute("form") ProfileContactForm form, BindingResult errors, Model model, Locale locale,
            RedirectAttributes redirect) {
        var subject = ProfileSubject.of(id, user);
        return edits.save(subject, user, form, errors, model, redirect,
                () -> pool.changeContact(subject.expertId(), form.version(), form.toContact(), user),
                (profile, shown) -> contactPage(subject, profile, shown, model, locale, user));
    }

    @GetMapping({"/me/profile/work", "/experts/{id}/profile/work"})
    String showWorkForm(@PathVariable(required = false) @Nullable UUID id, @AuthenticationPrincipal CurrentUser user,
            Model model) {
        var subject = ProfileSubject.of(id, user);
        var profile = pool.profile(subject.expertId(), user);
        return workPage(subject, profile, ProfileWorkForm.of(profile), model, user);
    }

    @PostMapping({"/me/profile/work", "/experts/{id}/profile/work"})
    String saveWork(@PathVariable(required = false) @Nullable UUID id, @AuthenticationPrincipal CurrentUser user,
            @Valid @ModelAttribute("form") ProfileWorkForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        var subject = ProfileSubject.of(id, user);
        return edits.save(subject, user, form, errors, model, redirect,
                () -> pool.changeWork(subject.expertId(), form.version(), form.toWork(), user),
                (profile, shown) -> workPage(subject, profile, shown, model, user));
    }

    @GetMapping({"/me/profile/presentation", "/experts/{id}/profile/presentation"})
    String showPresentationForm(@PathVariable(required = false) @Nullable UUID id,
            @AuthenticationPrincipal CurrentUser user, Model model) {
        var subject = ProfileSubject.of(id, user);
        var profile = pool.profile(subject.expertId(), user);
        return edits.page(subject, profile, ProfilePresentationForm.of(profile), "presentation", model, user);
    }

    @PostMapping({"/me/profile/presentation", "/experts/{id}/profile/presentation"})
    String savePresentation(@PathVariable(required = false) @Nullable UUID id, @AuthenticationPrincipal CurrentUser user,
            @Valid @ModelAttribute("form") ProfilePresentationForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        var subject = ProfileSubject.of(id, user);
        return edits.save(subject, user, form, errors, model, redirect,
                () -> pool.changePresentation(subject.expertId(), form.version(), form.toPresentation(), user),
                (profile, shown) -> edits.page(subject, profile, shown, "presentation", model, user));
    }

    private String contactPage(ProfileSubject subject, ExpertProfile profile, ProfileContactForm form, Model model,
            Locale locale, CurrentUser user) {
        model.addAttribute("municipalityOptions", options.municipalities(locale));
        model.addAttribute("languageOptions", options.languages(locale));
        return edits.page(subject, profile, form, "contact", model, user);
    }

    private String workPage(ProfileSubject subject, ExpertProfile profile, ProfileWorkForm form, Model model,
            CurrentUser user) {
        model.addAttribute("taskTypes", TaskType.values());
        model.addAttribute("engagementForms", EngagementForm.values());
        return edits.page(subject, profile, form, "work", model, user);
    }
}
