package fi.valita.shared;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * How Välitä writes and reads days and times, everywhere: pages, e-mails, notifications, documents. Times are
 * those of Helsinki.
 *
 * <ul>
 *   <li>Finnish: 3.12.2026, klo 10.15, "to 3.12.2026 klo 10.15–12.15".
 *   <li>Swedish (as written in Finland): 3.12.2026, kl. 10.15, "tors 3.12.2026 kl. 10.15–12.15".
 *   <li>English: 3 Dec 2026, 10:15, "Thu 3 Dec 2026, 10:15–12:15": the month in letters, so that nobody has to
 *       guess whether 3.12. is the 3rd of December or the 12th of March.
 * </ul>
 *
 * <p>What people type is read as generously as it can be without guessing: a day as 3.12.2026, 03.12.2026 or
 * 2026-12-03 (what a date field sends), a time as 10.15, 10:15, 1015, klo 10.15, 10 or 10:15:00 (a time field).
 */
public final class Dates {

    public static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    private static final Pattern DAY = Pattern.compile("(\\d{1,2})\\s*\\.\\s*(\\d{1,2})\\s*\\.\\s*(\\d{4})\\.?");
    private static final Pattern ISO_DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern TIME = Pattern.compile("(?:klo|kl\\.?)?\\s*(\\d{1,2})(?:[.:]?(\\d{2}))?(?::00)?",
            Pattern.CASE_INSENSITIVE);

    private Dates() {}

    /** 3.12.2026 (fi, sv), 3 Dec 2026 (en). */
    public static String date(LocalDate day, Locale locale) {
        return day.format(formatter(english(locale) ? "d MMM yyyy" : "d.M.yyyy", locale));
    }

    /** The day in Helsinki of a moment. */
    public static String date(Instant at, Locale locale) {
        return date(LocalDate.ofInstant(at, HELSINKI), locale);
    }

    /** 10.15 (fi, sv), 10:15 (en). */
    public static String time(LocalTime time, Locale locale) {
        return time.format(formatter(english(locale) ? "HH:mm" : "H.mm", locale));
    }

    /** 3.12.2026 klo 10.15 (fi), 3.12.2026 kl. 10.15 (sv), 3 Dec 2026, 10:15 (en). */
    public static String dateTime(Instant at, Locale locale) {
        ZonedDateTime here = at.atZone(HELSINKI);
        return date(here.toLocalDate(), locale) + at(locale) + time(here.toLocalTime(), locale);
    }

    /** The same with the weekday first: to 3.12.2026 klo 10.15, Thu 3 Dec 2026, 10:15. */
    public static String weekdayDateTime(Instant at, Locale locale) {
        return weekday(LocalDate.ofInstant(at, HELSINKI), locale) + " " + dateTime(at, locale);
    }

    /** A stretch of time: to 3.12.2026 klo 10.15–12.15, or both ends in full when it ends on another day. */
    public static String span(Instant start, Instant end, Locale locale) {
        LocalDate first = LocalDate.ofInstant(start, HELSINKI);
        String ends = first.equals(LocalDate.ofInstant(end, HELSINKI))
                ? time(end.atZone(HELSINKI).toLocalTime(), locale)
                : weekdayDateTime(end, locale);
        return weekdayDateTime(start, locale) + "–" + ends;
    }

    /** Days from one to another: 3.12.2026–6.12.2026, 3 Dec 2026 – 6 Dec 2026. */
    public static String days(LocalDate from, LocalDate to, Locale locale) {
        return date(from, locale) + (english(locale) ? " – " : "–") + date(to, locale);
    }

    /** The month's name and year as within a sentence: joulukuu 2026, december 2026, December 2026. */
    public static String month(YearMonth month, Locale locale) {
        return month.format(formatter("LLLL yyyy", locale));
    }

    /** A day as typed: 3.12.2026, 03.12.2026, 2026-12-03; empty when it is none of these or no real day. */
    public static Optional<LocalDate> parseDate(@Nullable String text) {
        if (text == null) {
            return Optional.empty();
        }
        String typed = text.strip();
        Matcher finnish = DAY.matcher(typed);
        if (finnish.matches()) {
            return day(finnish.group(3), finnish.group(2), finnish.group(1));
        }
        Matcher iso = ISO_DAY.matcher(typed);
        return iso.matches() ? day(iso.group(1), iso.group(2), iso.group(3)) : Optional.empty();
    }

    /** A time as typed: 10.15, 10:15, 1015, klo 10.15, 10 (on the hour); empty when it is no time of day. */
    public static Optional<LocalTime> parseTime(@Nullable String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = TIME.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        int hours = Integer.parseInt(m.group(1));
        int minutes = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        return hours < 24 && minutes < 60 ? Optional.of(LocalTime.of(hours, minutes)) : Optional.empty();
    }

    private static Optional<LocalDate> day(String year, String month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException notADay) {
            return Optional.empty();
        }
    }

    private static String weekday(LocalDate day, Locale locale) {
        return day.format(formatter("EEE", locale));
    }

    private static String at(Locale locale) {
        return switch (locale.getLanguage()) {
            case "fi" -> " klo ";
            case "sv" -> " kl. ";
            default -> ", ";
        };
    }

    private static boolean english(Locale locale) {
        return !"fi".equals(locale.getLanguage()) && !"sv".equals(locale.getLanguage());
    }

    private static DateTimeFormatter formatter(String pattern, Locale locale) {
        return DateTimeFormatter.ofPattern(pattern, locale);
    }
}
