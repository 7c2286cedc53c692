package fi.valita.assignments.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads a day and a time of day as people type them (the same ways the request form reads, in
 * {@code requests.web.FormValues}): the one place to switch when a shared date and time reader exists. Null means
 * the text cannot be read.
 */
final class TimeInput {

    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT));
    private static final List<DateTimeFormatter> TIMES =
            List.of(DateTimeFormatter.ofPattern("H:mm"), DateTimeFormatter.ofPattern("H.mm"));

    private TimeInput() {}

    /** A day as a date input sends it (2027-03-05) or as a Finn writes it (5.3.2027). */
    static @Nullable LocalDate date(String text) {
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(text.strip(), format);
            } catch (DateTimeParseException e) {
                // try the next way of writing it
            }
        }
        return null;
    }

    /** A time as a time input sends it (09:30) or as a Finn writes it (9.30). */
    static @Nullable LocalTime time(String text) {
        for (DateTimeFormatter format : TIMES) {
            try {
                return LocalTime.parse(text.strip(), format);
            } catch (DateTimeParseException e) {
                // try the next way of writing it
            }
        }
        return null;
    }
}
