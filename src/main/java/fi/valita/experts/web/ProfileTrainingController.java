package fi.valita.experts.web;

import fi.valita.experts.ExpertNotFound;
import fi.valita.experts.ExpertPool;
import fi.valita.experts.ExpertProfile;
import fi.valita.experts.InvalidProfile;
import fi.valita.experts.NewTraining;
import fi.valita.experts.ProfileChangedMeanwhile;
import fi.valita.experts.Training;
import fi.valita.experts.TrainingKind;
import fi.valita.identity.CurrentUser;
import fi.valita.identity.Identity;
import fi.valita.identity.UserAccount;
import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
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

/**
 * The expert's trainings and certificates: the list (each self-declared or confirmed, and by whom), adding,
 * changing and removing one, and a coordinator of the pool confirming one.
 */
@Controller
class ProfileTrainingController {

    private static final String TRAINING = "/trainings/{trainingId}";

    private final ExpertPool pool;
    private final ProfileEdits edits;
    private final Identity identity;
    private final MessageSource messages;

    ProfileTrainingController(ExpertPool pool, ProfileEdits edits, Identity identity, MessageSource messages) {
        this.pool = pool;
        this.edits = edits;
        this.identity = identity;
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

    @GetMapping({"/me/profile" + TRAINING, "/experts/{id}/profile" + TRAINING})
    String showTrainingForm(@PathVariable(required = false) @Nullable UUID id, @PathVariable UUID trainingId,
            @AuthenticationPrincipal CurrentUser user, Model model, Locale locale) {
        var subject = ProfileSubject.of(id, user);
        var profile = pool.profile(subject.expertId(), user);
        var form = ProfileTrainingForm.of(training(profile, trainingId), profile.version());
        return trainingFormPage(subject, profile, trainingId, form, model, locale, user);
    }

    @PostMapping({"/me/profile" + TRAINING, "/experts/{id}/profile" + TRAINING})
    String changeTraining(@PathVariable(required = false) @Nullable UUID id, @PathVariable UUID trainingId,
            @AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") ProfileTrainingForm form,
            BindingResult errors, Model model, Locale locale, RedirectAttributes redirect) {
        var subject = ProfileSubject.of(id, user);
        return edits.save(subject, user, form, errors, model, redirect,
                () -> pool.changeTraining(subject.expertId(), form.version(), trainingId, form.toTraining(), user),
                (profile, shown) -> trainingFormPage(subject, profile, trainingId, shown, model, locale, user));
    }

    @PostMapping("/experts/{id}/profile" + TRAINING + "/confirm")
    String confirmTraining(@PathVariable UUID id, @PathVariable UUID trainingId, @RequestParam int version,
            @AuthenticationPrincipal CurrentUser coordinator, Model model, Locale locale, RedirectAttributes redirect) {
        var subject = ProfileSubject.of(id, coordinator);
        try {
            pool.confirmTraining(id, version, trainingId, coordinator);
        } catch (ProfileChangedMeanwhile meanwhile) {
            var now = pool.profile(id, coordinator);
            model.addAttribute("changedMeanwhile", true);
            return trainingsPage(subject, now, ProfileTrainingForm.empty(now.version()), model, locale, coordinator);
        }
        redirect.addFlashAttribute("confirmed", true);
        return "redirect:" + subject.section("trainings");
    }

    @PostMapping({"/me/profile" + TRAINING + "/remove", "/experts/{id}/profile" + TRAINING + "/remove"})
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
        model.addAttribute("kindOptions", kinds(locale));
        model.addAttribute("confirmers", confirmers(profile));
        return edits.page(subject, profile, form, "trainings", model, user);
    }

    /** The form of one entry; its page is the trainings section's, so the top and "what is saved now" are shared. */
    private String trainingFormPage(ProfileSubject subject, ExpertProfile profile, UUID trainingId, ProfileTrainingForm form,
            Model model, Locale locale, CurrentUser user) {
        model.addAttribute("training", profile.trainings().stream()
                .filter(t -> t.id().equals(trainingId)).findFirst().orElse(null));
        model.addAttribute("trainingId", trainingId);
        model.addAttribute("kindOptions", kinds(locale));
        model.addAttribute("confirmers", confirmers(profile));
        edits.page(subject, profile, form, "trainings", model, user);
        return "experts/profile-training";
    }

    private Map<String, String> kinds(Locale locale) {
        Map<String, String> kinds = new LinkedHashMap<>();
        for (TrainingKind kind : TrainingKind.values()) {
            kinds.put(kind.name(), messages.getMessage("experts.training-kind." + kind, null, locale));
        }
        return kinds;
    }

    /** The names of those who confirmed the profile's entries. */
    private Map<UUID, String> confirmers(ExpertProfile profile) {
        Map<UUID, String> names = new LinkedHashMap<>();
        profile.trainings().stream().map(Training::confirmation).filter(Objects::nonNull)
                .forEach(c -> names.computeIfAbsent(c.by(),
                        by -> identity.account(by).map(UserAccount::displayName).orElse("–")));
        return names;
    }

    private static Training training(ExpertProfile profile, UUID trainingId) {
        return profile.trainings().stream().filter(t -> t.id().equals(trainingId)).findFirst()
                .orElseThrow(() -> ExpertNotFound.training(trainingId));
    }
}
