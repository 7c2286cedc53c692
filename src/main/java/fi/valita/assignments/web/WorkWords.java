package fi.valita.assignments.web;

import fi.valita.assignments.AssignmentDetails;
import fi.valita.experts.EngagementForm;
import fi.valita.requests.FeeBasis;
import fi.valita.requests.WorkRequest;
import fi.valita.shared.Dates;
import fi.valita.shared.Municipalities;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Turns a work request into the plain words the pages show, with times in Europe/Helsinki. */
@Component
class WorkWords {

    static final ZoneId HELSINKI = Dates.HELSINKI;

    private final MessageSource messages;
    private final Municipalities municipalities;

    WorkWords(MessageSource messages, Municipalities municipalities) {
        this.messages = messages;
        this.municipalities = municipalities;
    }

    WorkSummary summarise(WorkRequest r, String requesterName, Locale locale) {
        return summarise(r, r.startsAt(), r.endsAt(), requesterName, null, locale);
    }

    /** The work as offered to one expert under an engagement form, which decides what is paid for it. */
    WorkSummary summarise(WorkRequest r, String requesterName, EngagementForm form, Locale locale) {
        return summarise(r, r.startsAt(), r.endsAt(), requesterName, form, locale);
    }

    /**
     * An assignment's work under its engagement form: its own time once one is agreed within the request's window
     * of days.
     */
    WorkSummary summarise(AssignmentDetails d, Locale locale) {
        var a = d.assignment();
        return a.startsAt() != null && a.endsAt() != null
                ? summarise(d.request(), a.startsAt(), a.endsAt(), d.requesterName(), a.engagementForm(), locale)
                : summarise(d.request(), d.request().startsAt(), d.request().endsAt(), d.requesterName(),
                        a.engagementForm(), locale);
    }

    private WorkSummary summarise(WorkRequest r, @Nullable Instant starts, @Nullable Instant ends,
            String requesterName, @Nullable EngagementForm form, Locale locale) {
        String pay = form == null || form.earnsPay() && form != EngagementForm.EMPLOYMENT ? fee(r, locale)
                : text("assignments.pay." + form.name(), locale);
        return new WorkSummary(r.title(), text("experts.task." + r.taskType().name(), locale), where(r, locale),
                r.remote() ? null : r.address(), when(starts, ends, r, locale), requesterName, pay,
                r.description(), r.targetGroup(), form == null ? null : text("experts.engagement." + form.name(), locale));
    }

    /** A moment as the user reads it, e.g. "ti 1.12.2026 klo 10.00". */
    String time(Instant at, Locale locale) {
        return Dates.weekdayDateTime(at, locale);
    }

    /** A time from start to end, e.g. "ti 1.12.2026 klo 10.00 – 12.00". */
    String span(Instant starts, Instant ends, Locale locale) {
        return Dates.span(starts, ends, locale);
    }

    private String when(@Nullable Instant starts, @Nullable Instant ends, WorkRequest r, Locale locale) {
        if (starts != null && ends != null) {
            return span(starts, ends, locale);
        }
        return window(r, locale);
    }

    /** The window of days of a request, e.g. "A day to agree between 1 Mar 2027 and 10 Mar 2027". */
    String window(WorkRequest r, Locale locale) {
        return text("assignments.when.window", locale, day(r.windowFrom(), locale), day(r.windowTo(), locale));
    }

    String day(@Nullable LocalDate day, Locale locale) {
        return day == null ? "–" : Dates.date(day, locale);
    }

    private String where(WorkRequest r, Locale locale) {
        String place = r.municipalityCode() == null ? null
                : municipalities.byCode(r.municipalityCode()).map(m -> m.name(locale)).orElse(null);
        if (r.remote()) {
            return place == null ? text("assignments.where.remote", locale)
                    : text("assignments.where.remote-or", locale, place);
        }
        return place == null ? "–" : place;
    }

    private String fee(WorkRequest r, Locale locale) {
        if (r.feeBasis() == FeeBasis.AGREED_SUM && r.agreedFeeCents() != null) {
            NumberFormat euros = NumberFormat.getNumberInstance(locale);
            euros.setMinimumFractionDigits(2);
            euros.setMaximumFractionDigits(2);
            return text("assignments.fee.AGREED_SUM", locale, euros.format(BigDecimal.valueOf(r.agreedFeeCents(), 2)));
        }
        return text("assignments.fee." + r.feeBasis().name(), locale);
    }

    String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
