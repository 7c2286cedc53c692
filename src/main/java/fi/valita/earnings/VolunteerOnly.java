package fi.valita.earnings;

import java.time.LocalDate;
import java.time.YearMonth;
import org.jspecify.annotations.Nullable;

/** How long the expert wants to be offered only volunteer work, nothing fee-based. */
public enum VolunteerOnly {
    /** Fee-based work is welcome again. */
    NO,
    REST_OF_MONTH,
    REST_OF_YEAR,
    /** Until the expert changes it back. */
    UNTIL_CHANGED;

    /** The last day of the pause chosen on the day; null for {@link #NO} and {@link #UNTIL_CHANGED}. */
    public @Nullable LocalDate lastDay(LocalDate today) {
        return switch (this) {
            case REST_OF_MONTH -> YearMonth.from(today).atEndOfMonth();
            case REST_OF_YEAR -> LocalDate.of(today.getYear(), 12, 31);
            case NO, UNTIL_CHANGED -> null;
        };
    }
}
