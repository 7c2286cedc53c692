package fi.valita.fees;

import fi.valita.shared.Money;
import org.jspecify.annotations.Nullable;

/**
 * How much of one yearly tax-free cap a volunteer has used with one pool.
 *
 * @param used cents for {@link Cap#KM_ALLOWANCE}, days for {@link Cap#DAILY_ALLOWANCE_DAYS}
 * @param cap the same unit; null when the parameter table has no cap for the year
 * @param wouldPass an addition being considered would take the total over the cap
 */
public record CapUse(Cap kind, int year, long used, @Nullable Long cap, CapLevel level, boolean wouldPass) {

    /** The two caps of volunteers of public-benefit organisations. */
    public enum Cap {
        KM_ALLOWANCE(FeeParameter.VOLUNTEER_KM_ALLOWANCE_CAP_PER_YEAR),
        DAILY_ALLOWANCE_DAYS(FeeParameter.VOLUNTEER_DAILY_ALLOWANCE_DAYS_PER_YEAR);

        private final String parameterKey;

        Cap(String parameterKey) {
            this.parameterKey = parameterKey;
        }

        public String parameterKey() {
            return parameterKey;
        }
    }

    /** The message key of the level, e.g. {@code expenses.cap.KM_ALLOWANCE.NEAR}; its arguments are {@link #arguments}. */
    public String messageKey() {
        return "expenses.cap." + kind + "." + level;
    }

    /** The message key of the warning before adding: the addition would pass the cap. */
    public String wouldPassMessageKey() {
        return "expenses.cap." + kind + ".WOULD_PASS";
    }

    /** The messages' values as written in the language: used, cap, year. */
    public Object[] arguments(java.util.Locale locale) {
        return new Object[] {shown(used, locale), cap == null ? "" : shown(cap, locale), String.valueOf(year)};
    }

    private String shown(long value, java.util.Locale locale) {
        return kind == Cap.KM_ALLOWANCE ? Money.ofCents(value).format(locale) : String.valueOf(value);
    }
}
