package fi.valita.documents.web;

import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;

/** The month a page is about: {@code ?month=YYYY-MM}, else last month. */
final class Months {

    private Months() {}

    static YearMonth parse(@Nullable String month, Clock clock) {
        YearMonth lastMonth = YearMonth.now(clock.withZone(Words.HELSINKI)).minusMonths(1);
        if (month == null || month.isBlank()) {
            return lastMonth;
        }
        try {
            YearMonth parsed = YearMonth.parse(month.strip());
            return parsed.getYear() < 2000 || parsed.getYear() > 2100 ? lastMonth : parsed;
        } catch (DateTimeParseException e) {
            return lastMonth;
        }
    }
}
