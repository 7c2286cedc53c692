package fi.valita.fees;

import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What an expense is: the kind of a receipt paid at cost, or the length of a day's allowance. Meals are
 * not a receipt kind: a trip's meals are what the daily allowance pays for.
 */
public enum ExpenseType {
    TICKET(null),
    PARKING(null),
    OTHER(null),
    /** A trip of more than 6 hours. */
    PARTIAL_DAY("DAILY_ALLOWANCE_PARTIAL"),
    /** A trip of more than 10 hours. */
    FULL_DAY("DAILY_ALLOWANCE_FULL");

    public static final Set<ExpenseType> RECEIPTS = EnumSet.of(TICKET, PARKING, OTHER);
    public static final Set<ExpenseType> DAYS = EnumSet.of(PARTIAL_DAY, FULL_DAY);

    private final @Nullable String parameterKey;

    ExpenseType(@Nullable String parameterKey) {
        this.parameterKey = parameterKey;
    }

    /** The key of the dated parameter with a day's allowance, for {@link #DAYS}. */
    public String parameterKey() {
        if (parameterKey == null) {
            throw new IllegalStateException(this + " is a receipt, paid at cost");
        }
        return parameterKey;
    }

    public boolean isReceipt() {
        return RECEIPTS.contains(this);
    }
}
