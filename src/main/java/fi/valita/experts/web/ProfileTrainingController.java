package fi.valita.experts.web;

import fi.valita.experts.ExpertPool;
import fi.valita.experts.ExpertProfile;
import fi.valita.experts.InvalidProfile;
import fi.valita.experts.NewTraining;
import fi.valita.experts.ProfileChangedMeanwhile;
import fi.valita.experts.TrainingKind;
import fi.valita.identity.CurrentUser;
import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The expert's trainings and certificates: the list, adding one, and removing one after confirming. */
@Controller
class ProfileTrainingController {

    private final ExpertPool pool;
    private final ProfileEdits edits;
    private final MessageSource messages;

    ProfileTrainingController(ExpertPool pool, ProfileEdits edits, MessageSource messages) {
        this.pool = pool;
        this.edits = edits;
        this.messages = messages;
    }

    @GetMapping({"/me/profile/trainings", "/experts/{id}/profile/trainings"})
    String showTrainings(@PathVariable(required = false) @Nullable UUID id, @AuthenticationPrincipal CurrentUser user,
            Model model, Locale locale) {
        var subject = ProfileSubject.of(id, user);
        var profile = pool.profile(subject.expertId(), user);
        return trainingsPage(subject, profile, ProfileTrainingForm.empty(profile.version()), model, locale, user);
    }

    @PostMapping({"/me/profile/trainings", "/experts/{id}/profile/trainings"})
    String addTraining(@PathVariable(required = false) @Nullable UUID id, @AuthenticationPrincipal CurrentUser user,
            @Valid @ModelAttribute("form") ProfileTrainingForm form, BindingResult errors, Model model, Locale locale,
            RedirectAttributes redirect) {
        var subject = ProfileSubject.of(id, user);
        if (NewTraining.validBeforeCompleted(form.completedOn(), form.validUntil())) {
            ProfileEdits.reject(errors, "validUntil", InvalidProfile.trainingValidBeforeCompleted().messageKey());
        }
        return edits.save(subject, user, form, errors, model, redirect,
                () -> pool.addTraining(subject.expertId(), form.version(), form.toTraining(), user),
                (profile, shown) -> trainingsPage(subject, profile, shown, model, locale, user));
    }

    @PostMapping({"/me/profile/trainings/{trainingId}/remove", "/experts/{id}/profile/trainings/{trainingId}/remove"})
    String removeTraining(@PathVariable(required = false) @Nullable UUID id, @PathVariable UUID trainingId,
            @RequestParam int version, @AuthenticationPrincipal CurrentUser user, Model model, Locale locale,
            RedirectAttributes redirect) {
        var subject = ProfileSubject.of(id, user);
        try {
            pool.removeTraining(subject.expertId(), version, trainingId, user);
        } catch (ProfileChangedMeanwhile meanwhile) {
            var now = pool.profile(subject.expertId(), user);
            model.addAttribute("changedMeanwhile", true);
            return trainingsPage(subject, now, ProfileTrainingForm.empty(now.version()), model, locale, user);
        }
        redirect.addFlashAttribute("removed", true);
        return "redirect:" + subject.basePath();
    }

    private String trainingsPage(ProfileSubject subject, ExpertProfile profile, ProfileTrainingForm form, Model model,
            Locale locale, CurrentUser user) {
        Map<String, String> kinds = new LinkedHashMap<>();
        for (TrainingKind kind : TrainingKind.values()) {
            kinds.put(kind.name(), messages.getMessage("experts.training-kind." + kind, null, locale));
        }
        model.addAttribute("kindOptions", kinds);
        return edits.page(subject, profile, form, "trainings", model, user);
    }
}
