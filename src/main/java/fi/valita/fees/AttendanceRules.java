package fi.valita.fees;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The rules of rehabilitative work activity for counting days of attendance: the hours of one day's work are
 * added together; a day counts at 4 to 8 hours (less is not a day; more still counts, with a warning); at most
 * 4 days of a week (Monday to Sunday) count, later ones are shown with a warning and not counted. A pure
 * function of its input, for the month's list and its tests.
 */
public final class AttendanceRules {

    static final BigDecimal MIN_HOURS = BigDecimal.valueOf(4);
    static final BigDecimal MAX_HOURS = BigDecimal.valueOf(8);
    static final int MAX_DAYS_A_WEEK = 4;

    private AttendanceRules() {}

    /**
     * Each person's days between {@code from} and {@code to}; the entries should cover the whole weeks around the
     * period, so that the weekly limit sees days of the week that fall outside it.
     */
    public static List<PersonAttendance> apply(List<AttendanceEntry> entries, LocalDate from, LocalDate to) {
        Map<UUID, TreeMap<LocalDate, BigDecimal>> hours = new LinkedHashMap<>();
        for (AttendanceEntry e : entries) {
            hours.computeIfAbsent(e.expertId(), id -> new TreeMap<>()).merge(e.day(), e.hours(), BigDecimal::add);
        }
        List<PersonAttendance> people = new ArrayList<>();
        hours.forEach((expert, days) -> {
            List<AttendanceDay> shown = days(days).stream()
                    .filter(d -> !d.day().isBefore(from) && !d.day().isAfter(to))
                    .toList();
            if (!shown.isEmpty()) {
                people.add(new PersonAttendance(expert, shown));
            }
        });
        return people;
    }

    private static List<AttendanceDay> days(TreeMap<LocalDate, BigDecimal> hoursByDay) {
        List<AttendanceDay> days = new ArrayList<>();
        Map<String, Integer> countedInWeek = new LinkedHashMap<>();
        hoursByDay.forEach((day, hours) -> {
            List<AttendanceDay.Warning> warnings = new ArrayList<>();
            boolean counts = hours.compareTo(MIN_HOURS) >= 0;
            if (!counts) {
                warnings.add(AttendanceDay.Warning.UNDER_4_HOURS);
            }
            if (hours.compareTo(MAX_HOURS) > 0) {
                warnings.add(AttendanceDay.Warning.OVER_8_HOURS);
            }
            String week = day.get(IsoFields.WEEK_BASED_YEAR) + "-" + day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
            if (counts && countedInWeek.getOrDefault(week, 0) >= MAX_DAYS_A_WEEK) {
                counts = false;
                warnings.add(AttendanceDay.Warning.OVER_4_DAYS_A_WEEK);
            }
            if (counts) {
                countedInWeek.merge(week, 1, Integer::sum);
            }
            days.add(new AttendanceDay(day, hours, counts, warnings));
        });
        return days;
    }
}
