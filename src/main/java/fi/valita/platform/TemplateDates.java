package fi.valita.platform;

import fi.valita.shared.Dates;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * {@link Dates} for the templates, in the reader's language: {@code ${@dates.dateTime(mail.sentAt)}}. A missing
 * value is written as nothing.
 */
@Component("dates")
public class TemplateDates {

    public String date(@Nullable LocalDate day) {
        return day == null ? "" : Dates.date(day, LocaleContextHolder.getLocale());
    }

    public String dateTime(@Nullable Instant at) {
        return at == null ? "" : Dates.dateTime(at, LocaleContextHolder.getLocale());
    }

    public String time(@Nullable LocalTime time) {
        return time == null ? "" : Dates.time(time, LocaleContextHolder.getLocale());
    }

    public String month(@Nullable YearMonth month) {
        return month == null ? "" : Dates.month(month, LocaleContextHolder.getLocale());
    }
}
