package fi.valita.assignments.web;

import fi.valita.assignments.AssignmentNotFound;
import fi.valita.assignments.AssignmentRefused;
import fi.valita.assignments.TimeProposal;
import fi.valita.assignments.WorkTimeState;
import fi.valita.assignments.WorkTimes;
import fi.valita.identity.CurrentUser;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Agreeing the day and time of window-of-days work on the assignment's page: the expert or the requester proposes
 * a time and the other side confirms it; a coordinator of the pool sets it. A refusal, such as a clash with the
 * expert's other work, is shown next to the field with the time still in the form.
 */
@Controller
class WorkTimeController {

    private final WorkTimes times;
    private final AssignmentPage page;
    private final WorkWords words;

    WorkTimeController(WorkTimes times, AssignmentPage page, WorkWords words) {
        this.times = times;
        this.page = page;
        this.words = words;
    }

    /** A day and the start and end of the work that day, in Helsinki time, as typed. */
    record TimeForm(@Nullable String date, @Nullable String startTime, @Nullable String endTime) {}

    /** The proposal (the expert's or the requester's) or, for a coordinator of the pool, the time itself. */
    @PostMapping("/assignments/{id}/time")
    String proposeTime(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
            @ModelAttribute("timeForm") TimeForm form, BindingResult errors, Model model, Locale locale,
            RedirectAttributes redirect) {
        WorkTimeState state = times.state(id, user).orElseThrow(() -> AssignmentNotFound.withId(id));
        Span span = read(form, errors);
        if (span == null) {
            return page.render(user, id, model, locale);
        }
        try {
            if (state.maySet()) {
                times.set(id, span.startsAt(), span.endsAt(), user);
            } else {
                times.propose(id, span.startsAt(), span.endsAt(), user);
            }
        } catch (AssignmentRefused refused) {
            reject(refused, state, errors, locale);
            return page.render(user, id, model, locale);
        }
        redirect.addFlashAttribute("done", state.maySet() ? "time-agreed" : "time-proposed");
        return "redirect:/assignments/" + id;
    }

    @PostMapping("/assignments/{id}/time/confirm")
    String confirmTime(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String proposal, Model model, Locale locale,
            RedirectAttributes redirect) {
        WorkTimeState state = times.state(id, user).orElseThrow(() -> AssignmentNotFound.withId(id));
        try {
            times.confirm(id, proposalId(proposal), user);
        } catch (AssignmentRefused refused) {
            // The proposal stays in the form, so that the other side can change it and propose it at once.
            TimeForm form = state.open() == null ? new TimeForm(null, null, null) : filled(state.open());
            var errors = new BeanPropertyBindingResult(form, "timeForm");
            reject(refused, state, errors, locale);
            model.addAttribute("timeForm", form);
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "timeForm", errors);
            return page.render(user, id, model, locale);
        }
        redirect.addFlashAttribute("done", "time-agreed");
        return "redirect:/assignments/" + id;
    }

    /** The time the form gives, in Helsinki. */
    private record Span(Instant startsAt, Instant endsAt) {}

    /** The start and the end, or null when some field cannot be read (the errors say which). */
    private static @Nullable Span read(TimeForm form, Errors errors) {
        LocalDate day = date(form.date(), errors);
        LocalTime start = time(form.startTime(), "startTime", errors);
        LocalTime end = time(form.endTime(), "endTime", errors);
        if (day == null || start == null || end == null) {
            return null;
        }
        return new Span(day.atTime(start).atZone(WorkWords.HELSINKI).toInstant(),
                day.atTime(end).atZone(WorkWords.HELSINKI).toInstant());
    }

    private static @Nullable LocalDate date(@Nullable String text, Errors errors) {
        if (text == null || text.isBlank()) {
            errors.rejectValue("date", "assignments.error.time-date-missing");
            return null;
        }
        LocalDate day = TimeInput.date(text);
        if (day == null) {
            errors.rejectValue("date", "assignments.error.time-date-format");
        }
        return day;
    }

    private static @Nullable LocalTime time(@Nullable String text, String field, Errors errors) {
        if (text == null || text.isBlank()) {
            errors.rejectValue(field, "assignments.error.time-missing");
            return null;
        }
        LocalTime time = TimeInput.time(text);
        if (time == null) {
            errors.rejectValue(field, "assignments.error.time-format");
        }
        return time;
    }

    private static UUID proposalId(@Nullable String text) {
        try {
            return UUID.fromString(String.valueOf(text).strip());
        } catch (IllegalArgumentException e) {
            throw AssignmentRefused.proposalChanged();
        }
    }

    private TimeForm filled(TimeProposal p) {
        var start = p.startsAt().atZone(WorkWords.HELSINKI);
        var end = p.endsAt().atZone(WorkWords.HELSINKI);
        return new TimeForm(start.toLocalDate().toString(), start.toLocalTime().toString(),
                end.toLocalTime().toString());
    }

    private void reject(AssignmentRefused refused, WorkTimeState state, Errors errors, Locale locale) {
        if (refused.field() == null) {
            errors.reject(refused.messageKey());
        } else if ("assignments.error.time-outside-window".equals(refused.messageKey())) {
            errors.rejectValue(refused.field(), refused.messageKey(),
                    new Object[] {words.day(state.windowFrom(), locale), words.day(state.windowTo(), locale)}, null);
        } else {
            errors.rejectValue(refused.field(), refused.messageKey());
        }
    }
}
