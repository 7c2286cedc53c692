package fi.valita.experts.web;

import fi.valita.experts.ExpertPool;
import fi.valita.experts.ExpertProfile;
import fi.valita.experts.InvalidProfile;
import fi.valita.experts.ProfileChangedMeanwhile;
import fi.valita.identity.CurrentUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.BiFunction;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What saving any profile section does: save and go back to the overview, or show the form again
 * with the person's input kept, their errors beside the fields, or a note that someone else saved
 * the profile meanwhile. Every path asks the pool for the profile, so access is always checked.
 */
@Component
class ProfileEdits {

    private final ExpertPool pool;
    private final ProfileOptions options;
    private final Clock clock;

    ProfileEdits(ExpertPool pool, ProfileOptions options, Clock clock) {
        this.pool = pool;
        this.options = options;
        this.clock = clock;
    }

    /**
     * @param change saves the form; may throw {@link ProfileChangedMeanwhile} or {@link InvalidProfile}
     * @param page puts the profile and the form into the model and names the form's template
     */
    <F extends ProfileSectionForm<F>> String save(ProfileSubject subject, CurrentUser user, F form, BindingResult errors,
            Model model, RedirectAttributes redirect, Runnable change, BiFunction<ExpertProfile, F, String> page) {
        if (!errors.hasErrors()) {
            try {
                change.run();
                redirect.addFlashAttribute("saved", true);
                return "redirect:" + subject.basePath();
            } catch (ProfileChangedMeanwhile meanwhile) {
                ExpertProfile now = pool.profile(subject.expertId(), user);
                model.addAttribute("changedMeanwhile", true);
                model.addAttribute("form", form.withVersion(now.version()));
                return page.apply(now, form);
            } catch (InvalidProfile invalid) {
                errors.rejectValue(invalid.field(), invalid.messageKey());
            }
        }
        keepInput(form, errors, model);
        return page.apply(pool.profile(subject.expertId(), user), form);
    }

    /**
     * A rule of the pool that the form breaks, beside its field, with the other mistakes of the form.
     * Works also when a value could not be converted: Spring's result then has no target to read from.
     */
    static void reject(BindingResult errors, String field, String messageKey) {
        if (!errors.hasFieldErrors(field)) {
            errors.addError(new FieldError(errors.getObjectName(), field, errors.getFieldValue(field), false,
                    errors.resolveMessageCodes(messageKey, field), null, null));
        }
    }

    /**
     * When binding or validation fails, Spring leaves no bound form in the model (its target is null);
     * show the person's input again, with the errors tied to a result over it.
     */
    private static void keepInput(Object form, BindingResult errors, Model model) {
        var shown = new BeanPropertyBindingResult(form, "form");
        shown.addAllErrors(errors);
        model.addAttribute("form", form);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", shown);
    }

    /** The profile with names in the user's language, as the overview and "what is saved now" show it. */
    ProfileView view(ExpertProfile profile, CurrentUser user) {
        return ProfileView.of(profile, pool.areasOf(user), options, LocaleContextHolder.getLocale());
    }

    /** The overview of the whole profile; for the expert themself with the break switch (input kept on errors). */
    String overview(ProfileSubject subject, ExpertProfile profile, Model model, CurrentUser user) {
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("subject", subject);
        model.addAttribute("view", view(profile, user));
        model.addAttribute("onBreakNow", profile.isOnBreak(today));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", ProfileBreakForm.of(profile, today));
        }
        return "experts/profile";
    }

    /** Puts what every section's form page shows into the model and names its template. */
    String page(ProfileSubject subject, ExpertProfile profile, Object form, String section, Model model, CurrentUser user) {
        model.addAttribute("subject", subject);
        model.addAttribute("view", view(profile, user));
        model.addAttribute("section", section);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", form); // not over a bound form: its BindingResult holds the input and errors
        }
        return "experts/profile-" + section;
    }
}
