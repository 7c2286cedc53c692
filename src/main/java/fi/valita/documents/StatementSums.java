package fi.valita.documents;

import fi.valita.fees.FeeLine;
import fi.valita.fees.FeeLineKind;
import fi.valita.fees.FeeLineStatus;
import fi.valita.shared.Money;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

/**
 * Sums of fee lines for a fee statement: the fees (gross wage income), the tax-free expenses by kind, and how
 * much of it is approved (waiting for payroll), exported to payroll, and paid.
 */
public record StatementSums(Money fees, Map<FeeLineKind, Money> expenses, Money approved, Money exported,
        Money paid) {

    public StatementSums {
        expenses = Map.copyOf(expenses);
    }

    static StatementSums of(Collection<FeeLine> lines) {
        Money fees = Money.ZERO;
        Map<FeeLineKind, Money> expenses = new EnumMap<>(FeeLineKind.class);
        Map<FeeLineStatus, Money> byStatus = new EnumMap<>(FeeLineStatus.class);
        for (FeeLine line : lines) {
            if (line.kind().isEarnings()) {
                fees = fees.plus(line.total());
            } else {
                expenses.merge(line.kind(), line.total(), Money::plus);
            }
            byStatus.merge(line.status(), line.total(), Money::plus);
        }
        return new StatementSums(fees, expenses, byStatus.getOrDefault(FeeLineStatus.APPROVED, Money.ZERO),
                byStatus.getOrDefault(FeeLineStatus.EXPORTED, Money.ZERO),
                byStatus.getOrDefault(FeeLineStatus.PAID, Money.ZERO));
    }

    /** The expenses of one kind, zero when there are none. */
    public Money expense(FeeLineKind kind) {
        return expenses.getOrDefault(kind, Money.ZERO);
    }

    public Money expensesTotal() {
        return expenses.values().stream().reduce(Money.ZERO, Money::plus);
    }

    public Money total() {
        return fees.plus(expensesTotal());
    }
}
