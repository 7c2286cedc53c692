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
 * @param description what the figure is and where it comes from, as written by whoever added the row
 * @param descriptionKey the message key of the description in the reader's language, for rows the migrations
 *     added (their own description is English); null for rows an administrator added
 * @param organisationId the organisation whose own lower value this is; null for a national row (the platform
 *     operator's)
 */
public record FeeParameter(UUID id, String key, @Nullable Long valueCents, @Nullable BigDecimal valueDecimal,
        String unit, LocalDate validFrom, @Nullable LocalDate validTo, String description,
        @Nullable String descriptionKey, @Nullable UUID organisationId) {

    /** A national row. */
    public FeeParameter(UUID id, String key, @Nullable Long valueCents, @Nullable BigDecimal valueDecimal, String unit,
            LocalDate validFrom, @Nullable LocalDate validTo, String description, @Nullable String descriptionKey) {
        this(id, key, valueCents, valueDecimal, unit, validFrom, validTo, description, descriptionKey, null);
    }

    /** A row with its description as written, without a message key. */
    public FeeParameter(UUID id, String key, @Nullable Long valueCents, @Nullable BigDecimal valueDecimal, String unit,
            LocalDate validFrom, @Nullable LocalDate validTo, String description) {
        this(id, key, valueCents, valueDecimal, unit, validFrom, validTo, description, null, null);
    }

    /** Whether the row is national, not one organisation's own. */
    public boolean national() {
        return organisationId == null;
    }

    /** Whether the row applies on the day. */
    public boolean isValidOn(LocalDate day) {
        return !validFrom.isAfter(day) && (validTo == null || !validTo.isBefore(day));
    }

    /** Well-known keys; the table may hold others. */
    public static final String KM_ALLOWANCE_PER_KM = "KM_ALLOWANCE_PER_KM";
    public static final String VOLUNTEER_KM_ALLOWANCE_CAP_PER_YEAR = "VOLUNTEER_KM_ALLOWANCE_CAP_PER_YEAR";
    public static final String VOLUNTEER_DAILY_ALLOWANCE_DAYS_PER_YEAR = "VOLUNTEER_DAILY_ALLOWANCE_DAYS_PER_YEAR";
    public static final String WORK_SHARE_PER_DAY = "WORK_SHARE_PER_DAY";

    /** Whether a new value for these days would apply on some of this row's days. */
    public boolean overlaps(LocalDate from, @Nullable LocalDate to) {
        return Periods.overlap(validFrom, validTo, from, to);
    }

    /** The amount of money, for a parameter that is one. */
    public fi.valita.shared.Money money() {
        if (valueCents == null) {
            throw new IllegalStateException("Fee parameter " + key + " is not an amount of money");
        }
        return fi.valita.shared.Money.ofCents(valueCents);
    }
}
