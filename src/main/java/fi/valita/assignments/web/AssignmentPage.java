package fi.valita.assignments.web;

import fi.valita.assignments.AfterWork;
import fi.valita.assignments.AssignmentDetails;
import fi.valita.assignments.Assignments;
import fi.valita.assignments.Feedbacks;
import fi.valita.assignments.WorkDone;
import fi.valita.assignments.WorkTimeState;
import fi.valita.assignments.WorkTimes;
import fi.valita.experts.EngagementForm;
import fi.valita.identity.CurrentUser;
import fi.valita.identity.Role;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Builds the page of one assignment for its viewer: the work, the right next step (report the work,
 * confirm it), feedback, calling it off. Shared by the controllers whose forms post from that page, so
 * a form with errors is shown again on the same page.
 */
@Component
class AssignmentPage {

    private final Assignments assignments;
    private final AfterWork afterWork;
    private final Feedbacks feedbacks;
    private final WorkTimes times;
    private final WorkWords words;
    private final Clock clock;

    AssignmentPage(Assignments assignments, AfterWork afterWork, Feedbacks feedbacks, WorkTimes times,
            WorkWords words, Clock clock) {
        this.assignments = assignments;
        this.afterWork = afterWork;
        this.feedbacks = feedbacks;
        this.times = times;
        this.words = words;
        this.clock = clock;
    }

    record CompleteForm(@Nullable String hours, @Nullable String travelKm, @Nullable String tickets,
            @Nullable String debriefWanted) {

        boolean wantsDebrief() {
            return "true".equals(debriefWanted);
        }
    }

    record FeedbackForm(@Nullable String rating, @Nullable String comment) {}

    String render(CurrentUser user, UUID id, Model model, Locale locale) {
        AssignmentDetails details = assignments.get(id, user);
        model.addAttribute("assignment", card(details, locale));
        model.addAttribute("time", times.state(id, user).map(s -> timeCard(s, locale)).orElse(null));
        model.addAttribute("travelRule", travelRule(details.assignment().engagementForm()));
        model.addAttribute("nextStep", afterWork.nextStep(id, user));
        model.addAttribute("workDone", afterWork.workDone(id, user).map(w -> card(w, locale)).orElse(null));
        model.addAttribute("feedback", feedbacks.feedbackOf(id, user));
        model.addAttribute("theExpert", user.is(Role.EXPERT));
        addIfMissing(model, "cancelForm", new AssignmentController.CancelForm(null));
        addIfMissing(model, "completeForm", new CompleteForm(null, null, null, null));
        addIfMissing(model, "feedbackForm", new FeedbackForm(null, null));
        addIfMissing(model, "timeForm", new WorkTimeController.TimeForm(null, null, null));
        return "assignments/assignment";
    }

    /** What the report form says about travel when the engagement form does not pay it the usual way; else null. */
    private static @Nullable String travelRule(EngagementForm form) {
        return switch (form) {
            case REHABILITATIVE_WORK_ACTIVITY, SOCIAL_WELFARE_WORK_ACTIVITY -> "assignments.complete.travel.work-activity";
            case WORK_TRIAL -> "assignments.complete.travel.work-trial";
            case VOLUNTEER, FEE_BASED_ASSIGNMENT, EMPLOYMENT -> null;
        };
    }

    AssignmentCard card(AssignmentDetails d, Locale locale) {
        return card(d, Instant.now(clock), locale);
    }

    AssignmentCard card(AssignmentDetails d, Instant now, Locale locale) {
        var request = d.request();
        return new AssignmentCard(d.assignment().id(), d.assignment().status(), d.expertName(),
                words.summarise(d, locale), request.contactName(), request.contactPhone(),
                d.assignment().cancelReason(), d.stage(now));
    }

    private WorkTimeCard timeCard(WorkTimeState s, Locale locale) {
        String agreed = s.agreedStart() == null || s.agreedEnd() == null ? null
                : words.span(s.agreedStart(), s.agreedEnd(), locale);
        String proposal = s.open() == null ? null : words.span(s.open().startsAt(), s.open().endsAt(), locale);
        return WorkTimeCard.of(s, words.day(s.windowFrom(), locale), words.day(s.windowTo(), locale), agreed,
                proposal);
    }

    private WorkDoneCard card(WorkDone w, Locale locale) {
        return new WorkDoneCard(number(w.hours(), 0, locale), w.travelKm(),
                w.travelCostsCents() == null ? null : number(BigDecimal.valueOf(w.travelCostsCents(), 2), 2, locale),
                w.debriefWanted(), words.time(w.completedAt(), locale),
                w.confirmedAt() == null ? null : words.time(w.confirmedAt(), locale));
    }

    private static String number(BigDecimal value, int minDecimals, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(minDecimals);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    private static void addIfMissing(Model model, String name, Object value) {
        if (!model.containsAttribute(name)) {
            model.addAttribute(name, value);
        }
    }
}
