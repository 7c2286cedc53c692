package fi.valita.earnings;

import fi.valita.shared.Money;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One dated row of a pension's or a benefit's earnings limit.
 *
 * @param amount the limit, or null for {@link BenefitLimitKind#ANY_FEE} and for a limit that is personal
 * @param validTo the last day it applies, null while it applies until further notice
 * @param nameKey message key of its name in i18n/earnings
 * @param example an example figure that nobody has confirmed: the expert is told to check it with Kela or
 *     their pension provider
 */
public record BenefitLimit(UUID id, String code, BenefitLimitKind kind, @Nullable Money amount, LocalDate validFrom,
        @Nullable LocalDate validTo, String nameKey, String descriptionKey, boolean example) {

    /** The expert must type their own amount (from their own decision) for the limit to mean anything. */
    public boolean isPersonal() {
        return kind != BenefitLimitKind.ANY_FEE && amount == null;
    }

    public boolean isValidOn(LocalDate day) {
        return !validFrom.isAfter(day) && (validTo == null || !validTo.isBefore(day));
    }

    /** Whether some day of the period falls within this row's validity. */
    public boolean overlaps(LocalDate from, LocalDate to) {
        return !validFrom.isAfter(to) && (validTo == null || !validTo.isBefore(from));
    }
}
