package fi.valita.earnings;

import fi.valita.shared.Money;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * How close the expert's fees of the period are to the limit they watch.
 *
 * @param from first day of the period watched: this month, or this year for a yearly limit
 * @param row the limit's row that applies to the period, null when there is none ({@link State#NO_FIGURE})
 * @param limit the amount watched: the row's or the expert's own; null for any-fee limits and when unknown
 * @param used fees of the period waiting, approved, sent to payment or paid (never declined ones, never expenses)
 * @param left how much more fits under the limit (zero when reached or over)
 * @param over how much the fees are above the limit (zero when not over)
 * @param percent used of the limit, rounded down; 0 when there is no amount to compare with
 */
public record WatchStatus(State state, BenefitLimitKind kind, LocalDate from, LocalDate to, @Nullable BenefitLimit row,
        @Nullable Money limit, Money used, Money left, Money over, int percent) {

    public enum State {
        /** Below the limit. */
        UNDER,
        /** Exactly at the limit: nothing more fits. */
        AT_LIMIT,
        /** Above the limit. */
        OVER,
        /** Any fee counts, and there is none in the period. */
        NO_FEES,
        /** Any fee counts, and there are fees in the period. */
        HAS_FEES,
        /** The limit is personal and the expert has not typed their amount. */
        NEEDS_AMOUNT,
        /** No row of the limit covers the period (nobody has added this year's figure yet). */
        NO_FIGURE
    }

    /** Whether the period's row is an example figure to check with Kela or the pension provider. */
    public boolean example() {
        return row != null && row.example();
    }
}
