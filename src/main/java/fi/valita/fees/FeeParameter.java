package fi.valita.fees;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One dated value of a fee or expense rule, e.g. the kilometre allowance of a year. Exactly one of
 * {@code valueCents} (an amount of money) and {@code valueDecimal} (a count, such as days) is set.
 *
 * @param validTo the last day it applies, null while it applies until further notice
 */
public record FeeParameter(UUID id, String key, @Nullable Long valueCents, @Nullable BigDecimal valueDecimal,
        String unit, LocalDate validFrom, @Nullable LocalDate validTo, String description) {

    /** Well-known keys; the table may hold others. */
    public static final String KM_ALLOWANCE_PER_KM = "KM_ALLOWANCE_PER_KM";
    public static final String VOLUNTEER_KM_ALLOWANCE_CAP_PER_YEAR = "VOLUNTEER_KM_ALLOWANCE_CAP_PER_YEAR";
    public static final String VOLUNTEER_DAILY_ALLOWANCE_DAYS_PER_YEAR = "VOLUNTEER_DAILY_ALLOWANCE_DAYS_PER_YEAR";
    public static final String WORK_SHARE_PER_DAY = "WORK_SHARE_PER_DAY";

    /** The amount of money, for a parameter that is one. */
    public fi.valita.shared.Money money() {
        if (valueCents == null) {
            throw new IllegalStateException("Fee parameter " + key + " is not an amount of money");
        }
        return fi.valita.shared.Money.ofCents(valueCents);
    }
}
