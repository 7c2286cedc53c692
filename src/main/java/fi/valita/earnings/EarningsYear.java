package fi.valita.earnings;

import java.util.List;

/**
 * An expert's year: every month from January to the last month that has begun, oldest first, and the year's
 * sums of fees and of expenses.
 */
public record EarningsYear(int year, List<MonthEarnings> months, Sums fees, Sums expenses) {

    public EarningsYear {
        months = List.copyOf(months);
    }
}
