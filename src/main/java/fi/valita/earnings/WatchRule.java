package fi.valita.earnings;

import fi.valita.fees.FeeLine;
import fi.valita.fees.FeeLineKind;
import fi.valita.shared.Money;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The benefit watch's arithmetic, without a database: which period and which dated row apply on a day, what
 * counts as used, and how much is left. A monthly or any-fee limit is watched over the calendar month of the
 * day, a yearly one over the calendar year. The row that applies is the one valid on the period's first day
 * (or, if none is, the first row that begins within the period), so a new year's figure takes over exactly
 * at the month or year boundary.
 */
public final class WatchRule {

    private WatchRule() {}

    /**
     * @param rowsOfLimit every row of the one limit watched (same code), in any order; not empty
     * @param personalAmount the expert's own amount, used when the row has none
     * @param lines the expert's fee lines of at least the period; other kinds and periods are ignored
     */
    public static WatchStatus check(List<BenefitLimit> rowsOfLimit, @Nullable Money personalAmount,
            Collection<FeeLine> lines, LocalDate today) {
        BenefitLimitKind kind = rowsOfLimit.stream()
                .filter(r -> r.isValidOn(today))
                .findFirst()
                .or(() -> rowsOfLimit.stream().max(Comparator.comparing(BenefitLimit::validFrom)))
                .orElseThrow(() -> new IllegalArgumentException("A limit without rows"))
                .kind();
        LocalDate from = kind == BenefitLimitKind.YEARLY_EARNINGS ? today.withDayOfYear(1) : today.withDayOfMonth(1);
        LocalDate to = kind == BenefitLimitKind.YEARLY_EARNINGS ? from.plusYears(1).minusDays(1)
                : YearMonth.from(today).atEndOfMonth();
        Money used = feesBetween(lines, from, to);
        Optional<BenefitLimit> row = rowFor(rowsOfLimit, from, to);
        if (row.isEmpty()) {
            return new WatchStatus(WatchStatus.State.NO_FIGURE, kind, from, to, null, null, used, Money.ZERO, Money.ZERO, 0);
        }
        if (kind == BenefitLimitKind.ANY_FEE) {
            var state = used.cents() > 0 ? WatchStatus.State.HAS_FEES : WatchStatus.State.NO_FEES;
            return new WatchStatus(state, kind, from, to, row.get(), null, used, Money.ZERO, Money.ZERO, 0);
        }
        Money limit = row.get().amount() != null ? row.get().amount() : personalAmount;
        if (limit == null) {
            return new WatchStatus(WatchStatus.State.NEEDS_AMOUNT, kind, from, to, row.get(), null, used, Money.ZERO,
                    Money.ZERO, 0);
        }
        int compared = used.compareTo(limit);
        var state = compared < 0 ? WatchStatus.State.UNDER : compared == 0 ? WatchStatus.State.AT_LIMIT
                : WatchStatus.State.OVER;
        Money left = compared < 0 ? limit.minus(used) : Money.ZERO;
        Money over = compared > 0 ? used.minus(limit) : Money.ZERO;
        return new WatchStatus(state, kind, from, to, row.get(), limit, used, left, over, percent(used, limit));
    }

    /** Fees (never expenses) of work done in the period, in the statuses that count (never declined). */
    static Money feesBetween(Collection<FeeLine> lines, LocalDate from, LocalDate to) {
        return lines.stream()
                .filter(l -> l.kind().isEarnings() && Sums.COUNTED.contains(l.status()))
                .filter(l -> !l.workDate().isBefore(from) && !l.workDate().isAfter(to))
                .map(FeeLine::total)
                .reduce(Money.ZERO, Money::plus);
    }

    private static Optional<BenefitLimit> rowFor(List<BenefitLimit> rows, LocalDate from, LocalDate to) {
        return rows.stream().filter(r -> r.isValidOn(from)).findFirst()
                .or(() -> rows.stream().filter(r -> r.overlaps(from, to)).min(Comparator.comparing(BenefitLimit::validFrom)));
    }

    private static int percent(Money used, Money limit) {
        if (limit.cents() == 0) {
            return used.cents() > 0 ? 100 : 0;
        }
        return (int) Math.min(Integer.MAX_VALUE, Math.multiplyExact(used.cents(), 100L) / limit.cents());
    }
}
