package fi.valita.earnings;

import fi.valita.fees.FeeLineKind;
import fi.valita.shared.Money;
import java.time.YearMonth;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * One month of an expert's work by work date: fees and wages (taxed as earnings) and tax-free payments
 * (expenses and work-share payments, never earnings), each by status, both counted by kind; and the days of work
 * activity that count as days of attendance.
 */
public record MonthEarnings(YearMonth month, Sums fees, Sums expenses, Map<FeeLineKind, Money> expensesByKind,
        Map<FeeLineKind, Money> feesByKind, long activityDays) {

    public MonthEarnings {
        expensesByKind = copy(expensesByKind);
        feesByKind = copy(feesByKind);
    }

    /** A month of fees and expenses only. */
    public MonthEarnings(YearMonth month, Sums fees, Sums expenses, Map<FeeLineKind, Money> expensesByKind) {
        this(month, fees, expenses, expensesByKind, Map.of(), 0);
    }

    public boolean isEmpty() {
        return fees.isEmpty() && expenses.isEmpty() && activityDays == 0;
    }

    private static Map<FeeLineKind, Money> copy(Map<FeeLineKind, Money> byKind) {
        var copy = new EnumMap<FeeLineKind, Money>(FeeLineKind.class);
        copy.putAll(byKind);
        return Collections.unmodifiableMap(copy);
    }
}
