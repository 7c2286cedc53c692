package fi.valita.experts.web;

import fi.valita.experts.ExperienceArea;
import fi.valita.experts.ExperienceVocabulary;
import fi.valita.experts.ExperienceVocabulary.AreaRefused;
import fi.valita.experts.ExperienceVocabulary.Names;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The coordinator keeps their pool's vocabulary of lived-experience areas: add, rename, reorder, deactivate. */
@Controller
@RequestMapping("/coordinator/experience-areas")
class VocabularyController {

    private static final String LIST = "redirect:/coordinator/experience-areas";

    private final ExperienceVocabulary vocabulary;

    VocabularyController(ExperienceVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    @GetMapping
    String showVocabulary(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("form", ExperienceAreaForm.empty());
        return list(user, model);
    }

    @PostMapping
    String addArea(
            @AuthenticationPrincipal CurrentUser user,
            @Valid @ModelAttribute("form") ExperienceAreaForm form,
            BindingResult errors,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        vocabulary.refusalsOf(form.code(), names(form), null, user).forEach(refused -> reject(refused, errors));
        if (errors.hasErrors()) {
            return list(user, model);
        }
        try {
            return done(redirect, "pool.vocabulary.added", vocabulary.add(form.code(), names(form), user), locale);
        } catch (AreaRefused refused) {
            reject(refused, errors);
            return list(user, model);
        }
    }

    @GetMapping("/{id}")
    String showRenameForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        ExperienceArea area = vocabulary.area(id, user);
        model.addAttribute("form", new ExperienceAreaForm(area.code(), area.nameFi(), area.nameSv(), area.nameEn()));
        model.addAttribute("area", area);
        return "experts/vocabulary-rename";
    }

    @PostMapping("/{id}")
    String renameArea(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") ExperienceAreaForm form,
            BindingResult errors,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        ExperienceArea area = vocabulary.area(id, user);
        model.addAttribute("area", area);
        vocabulary.refusalsOf(null, names(form), id, user).forEach(refused -> reject(refused, errors));
        if (errors.hasErrors()) {
            return "experts/vocabulary-rename";
        }
        try {
            vocabulary.rename(id, names(form), user);
        } catch (AreaRefused refused) {
            reject(refused, errors);
            return "experts/vocabulary-rename";
        }
        return done(redirect, "pool.vocabulary.renamed", vocabulary.area(id, user), locale);
    }

    @PostMapping("/{id}/deactivate")
    String deactivateArea(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Locale locale,
            RedirectAttributes redirect) {
        vocabulary.deactivate(id, user);
        return done(redirect, "pool.vocabulary.deactivated", vocabulary.area(id, user), locale);
    }

    @PostMapping("/{id}/reactivate")
    String reactivateArea(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Locale locale,
            RedirectAttributes redirect) {
        vocabulary.reactivate(id, user);
        return done(redirect, "pool.vocabulary.reactivated", vocabulary.area(id, user), locale);
    }

    @PostMapping("/{id}/move-up")
    String moveAreaUp(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Locale locale,
            RedirectAttributes redirect) {
        vocabulary.move(id, true, user);
        return done(redirect, "pool.vocabulary.moved", vocabulary.area(id, user), locale);
    }

    @PostMapping("/{id}/move-down")
    String moveAreaDown(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Locale locale,
            RedirectAttributes redirect) {
        vocabulary.move(id, false, user);
        return done(redirect, "pool.vocabulary.moved", vocabulary.area(id, user), locale);
    }

    private String list(CurrentUser user, Model model) {
        model.addAttribute("areas", vocabulary.of(user));
        return "experts/vocabulary";
    }

    private static String done(RedirectAttributes redirect, String messageKey, ExperienceArea area, Locale locale) {
        redirect.addFlashAttribute("done", messageKey);
        redirect.addFlashAttribute("doneName", area.name(locale));
        return LIST;
    }

    /** The names as typed; one left out is empty (the form says it is missing). */
    private static Names names(ExperienceAreaForm form) {
        return new Names(orEmpty(form.nameFi()), orEmpty(form.nameSv()), orEmpty(form.nameEn()));
    }

    private static String orEmpty(@Nullable String text) {
        return text == null ? "" : text;
    }

    private static void reject(AreaRefused refused, BindingResult errors) {
        if (!errors.hasFieldErrors(refused.field())) {
            errors.rejectValue(refused.field(), refused.messageKey());
        }
    }
}
