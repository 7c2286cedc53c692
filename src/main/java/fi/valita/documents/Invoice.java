package fi.valita.documents;

import fi.valita.identity.Organisation;
import fi.valita.shared.Money;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Function;

/** What a pool bills one requester organisation for the work of one month: its billable lines, oldest first. */
public record Invoice(Organisation pool, Organisation requester, YearMonth month, List<InvoiceLine> lines) {

    public Money fees() {
        return sum(InvoiceLine::fee);
    }

    public Money kmAllowances() {
        return sum(InvoiceLine::kmAllowance);
    }

    public Money otherExpenses() {
        return sum(InvoiceLine::otherExpenses);
    }

    public Money total() {
        return sum(InvoiceLine::total);
    }

    /** Some work was for a unit of the requester organisation: the unit is worth a column. */
    public boolean hasUnits() {
        return lines.stream().anyMatch(line -> line.unit() != null);
    }

    private Money sum(Function<InvoiceLine, Money> amount) {
        return lines.stream().map(amount).reduce(Money.ZERO, Money::plus);
    }
}
