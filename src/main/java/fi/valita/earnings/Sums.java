package fi.valita.earnings;

import fi.valita.fees.FeeLine;
import fi.valita.fees.FeeLineStatus;
import fi.valita.shared.Money;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Amounts of fee lines by status. Only the statuses on the way to the bank count as earned: a line in any
 * other status (declined, say) is shown apart and never added to a total or to a benefit limit.
 */
public record Sums(Map<FeeLineStatus, Money> byStatus) {

    /** Waiting for the coordinator, approved, sent to payment, paid. */
    public static final Set<FeeLineStatus> COUNTED =
            Collections.unmodifiableSet(EnumSet.of(FeeLineStatus.DRAFT, FeeLineStatus.APPROVED, FeeLineStatus.EXPORTED,
                    FeeLineStatus.PAID));

    public static final Sums NONE = new Sums(Map.of());

    public Sums {
        var copy = new EnumMap<FeeLineStatus, Money>(FeeLineStatus.class);
        copy.putAll(byStatus);
        byStatus = Collections.unmodifiableMap(copy);
    }

    public static Sums of(Collection<FeeLine> lines) {
        var sums = new EnumMap<FeeLineStatus, Money>(FeeLineStatus.class);
        lines.forEach(line -> sums.merge(line.status(), line.total(), Money::plus));
        return new Sums(sums);
    }

    /** The amount in one status, zero when there is none. */
    public Money in(FeeLineStatus status) {
        return byStatus.getOrDefault(status, Money.ZERO);
    }

    /** Everything on its way to the bank or paid: what counts as earned. */
    public Money counted() {
        return sum(true);
    }

    /** Lines that do not count, e.g. declined ones. */
    public Money notCounted() {
        return sum(false);
    }

    public boolean isEmpty() {
        return byStatus.isEmpty();
    }

    public Sums plus(Sums other) {
        var sums = new EnumMap<FeeLineStatus, Money>(FeeLineStatus.class);
        sums.putAll(byStatus);
        other.byStatus.forEach((status, amount) -> sums.merge(status, amount, Money::plus));
        return new Sums(sums);
    }

    private Money sum(boolean counted) {
        return byStatus.entrySet().stream()
                .filter(e -> COUNTED.contains(e.getKey()) == counted)
                .map(Map.Entry::getValue)
                .reduce(Money.ZERO, Money::plus);
    }
}
