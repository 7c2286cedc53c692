package fi.valita.experts;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The expert has asked to be offered only volunteer work, nothing fee-based, for a while: for example to
 * keep within the earnings limit of a pension or a benefit.
 *
 * @param until the last day of the pause, or null until the expert changes it back
 */
public record FeeWorkPause(@Nullable LocalDate until) {

    /** Whether fee-based work on the day falls within the pause. */
    public boolean covers(LocalDate day) {
        return until == null || !until.isBefore(day);
    }
}
