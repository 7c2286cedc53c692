package fi.valita.fees;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One person's day of work activity: the hours of that day's work together, whether it counts as a day of
 * attendance, and what the coordinator should look at.
 */
public record AttendanceDay(LocalDate day, BigDecimal hours, boolean counts, List<Warning> warnings) {

    public AttendanceDay {
        warnings = List.copyOf(warnings);
    }

    /** Why a day needs a look. */
    public enum Warning {
        /** Less than 4 hours: not a day of attendance. */
        UNDER_4_HOURS,
        /** More than 8 hours: counted, but more than a day of activity may be. */
        OVER_8_HOURS,
        /** A fifth day or more in the same week: not counted. */
        OVER_4_DAYS_A_WEEK
    }
}
