package fi.valita.assignments.web;

import fi.valita.experts.EngagementForm;
import fi.valita.requests.FeeBasis;
import fi.valita.requests.WorkRequest;
import fi.valita.shared.Municipalities;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Turns a work request into the plain words the pages show, with times in Europe/Helsinki. */
@Component
class WorkWords {

    static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    private final MessageSource messages;
    private final Municipalities municipalities;

    WorkWords(MessageSource messages, Municipalities municipalities) {
        this.messages = messages;
        this.municipalities = municipalities;
    }

    WorkSummary summarise(WorkRequest r, String requesterName, Locale locale) {
        return new WorkSummary(r.title(), text("experts.task." + r.taskType().name(), locale), where(r, locale),
                r.remote() ? null : r.address(), when(r, locale), requesterName, fee(r, locale), r.description(),
                r.targetGroup(), null);
    }

    /** The work as done by one expert under an engagement form, which decides what is paid for it. */
    WorkSummary summarise(WorkRequest r, String requesterName, EngagementForm form, Locale locale) {
        String pay = form.earnsPay() ? fee(r, locale) : text("assignments.pay." + form.name(), locale);
        if (form == EngagementForm.EMPLOYMENT) {
            pay = text("assignments.pay.EMPLOYMENT", locale);
        }
        return new WorkSummary(r.title(), text("experts.task." + r.taskType().name(), locale), where(r, locale),
                r.remote() ? null : r.address(), when(r, locale), requesterName, pay, r.description(),
                r.targetGroup(), text("experts.engagement." + form.name(), locale));
    }

    /** A moment as the user reads it, e.g. "ti 1.12.2026 klo 10.00". */
    String time(Instant at, Locale locale) {
        return pattern("assignments.format.date-time", locale).format(at.atZone(HELSINKI));
    }

    private String when(WorkRequest r, Locale locale) {
        if (r.startsAt() != null && r.endsAt() != null) {
            ZonedDateTime start = r.startsAt().atZone(HELSINKI);
            ZonedDateTime end = r.endsAt().atZone(HELSINKI);
            String endText = start.toLocalDate().equals(end.toLocalDate())
                    ? pattern("assignments.format.time", locale).format(end)
                    : pattern("assignments.format.date-time", locale).format(end);
            return pattern("assignments.format.date-time", locale).format(start) + " – " + endText;
        }
        return text("assignments.when.window", locale, day(r.windowFrom(), locale), day(r.windowTo(), locale));
    }

    private String day(@Nullable LocalDate day, Locale locale) {
        return day == null ? "–" : pattern("assignments.format.date", locale).format(day);
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

    private DateTimeFormatter pattern(String key, Locale locale) {
        return DateTimeFormatter.ofPattern(text(key, locale), locale);
    }

    String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
