package fi.valita.earnings;

import fi.valita.experts.FeeWorkPause;
import fi.valita.shared.Money;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * An expert's benefit watch: the limit they chose (if any), how close they are to it, whether their
 * coordinator may see this, and whether they asked for volunteer work only.
 *
 * @param status null when no limit is chosen, or the chosen one no longer exists
 * @param pause the expert's wish for volunteer work only, null when fee-based work is welcome
 */
public record BenefitWatch(@Nullable String limitCode, @Nullable Money personalAmount, boolean sharedWithCoordinator,
        @Nullable WatchStatus status, @Nullable FeeWorkPause pause, LocalDate today) {

    /** The pause still covers today (a pause that has ended no longer counts). */
    public boolean volunteerWorkOnly() {
        return pause != null && pause.covers(today);
    }
}
