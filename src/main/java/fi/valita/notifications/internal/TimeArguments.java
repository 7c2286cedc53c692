package fi.valita.notifications.internal;

import fi.valita.requests.WorkRequest;
import fi.valita.shared.Dates;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The time of the work in a notification's arguments. A notification is stored once and read later in the
 * reader's language, so its time is stored as ISO 8601 (an instant, or a stretch of days 2026-12-03/2026-12-06)
 * and written out with {@link Dates} when it is shown or put into an e-mail. Any other argument stays as it is.
 */
public final class TimeArguments {

    private static final Pattern DAYS = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})/(\\d{4}-\\d{2}-\\d{2})");
    private static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T[0-9:.]+Z");

    private TimeArguments() {}

    /** When the work is, to store: its start, or its window of days. */
    static String of(WorkRequest request) {
        if (request.startsAt() != null) {
            return request.startsAt().toString();
        }
        return request.windowFrom() + "/" + request.windowTo();
    }

    /** The argument as the reader reads it: a stored time in words of their language, anything else as it is. */
    public static String shown(String argument, Locale locale) {
        try {
            Matcher days = DAYS.matcher(argument);
            if (days.matches()) {
                return Dates.days(LocalDate.parse(days.group(1)), LocalDate.parse(days.group(2)), locale);
            }
            if (INSTANT.matcher(argument).matches()) {
                return Dates.weekdayDateTime(Instant.parse(argument), locale);
            }
        } catch (DateTimeException notATime) {
            return argument;
        }
        return argument;
    }
}
