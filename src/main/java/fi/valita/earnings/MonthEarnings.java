package fi.valita.earnings;

import fi.valita.fees.FeeLineKind;
import fi.valita.shared.Money;
import java.time.YearMonth;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * One month of an expert's work by work date: fees (taxed as earnings) and expenses (tax-free, never
 * earnings), each by status, and the expenses counted by kind.
 */
public record MonthEarnings(YearMonth month, Sums fees, Sums expenses, Map<FeeLineKind, Money> expensesByKind) {

    public MonthEarnings {
        var byKind = new EnumMap<FeeLineKind, Money>(FeeLineKind.class);
        byKind.putAll(expensesByKind);
        expensesByKind = Collections.unmodifiableMap(byKind);
    }

    public boolean isEmpty() {
        return fees.isEmpty() && expenses.isEmpty();
    }
}
