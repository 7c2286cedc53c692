package fi.valita.assignments.web;

import fi.valita.shared.Money;
import fi.valita.shared.TypedNumber;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The numbers of the work report, read by {@link TypedNumber} as people type them ("2,5 h", "42 km",
 * "12,50 €"), never through floating point: "12,50" euros is 1250 cents. Null means the text is
 * not such a number.
 */
final class Figures {

    private static final BigDecimal MAX_HOURS = new BigDecimal("9999999");
    private static final int MAX_KM = 999_999;

    private Figures() {}

    /** Hours with at most two decimals, e.g. "2", "2,5", "1.75", "2,5 h". */
    static @Nullable BigDecimal hours(String text) {
        return TypedNumber.decimal(text, 2, TypedNumber.Unit.HOURS)
                .filter(h -> h.signum() >= 0 && h.compareTo(MAX_HOURS) <= 0)
                .orElse(null);
    }

    /** Whole kilometres, e.g. "42" or "42 km". */
    static @Nullable Integer kilometres(String text) {
        return TypedNumber.wholeNumber(text, TypedNumber.Unit.KILOMETRES).filter(km -> km >= 0 && km <= MAX_KM)
                .orElse(null);
    }

    /** Euros and cents to cents: "12,50" → 1250, "12,5" → 1250, "12" → 1200, "3 €" → 300. */
    static @Nullable Long cents(String text) {
        return Money.parseAmount(text).map(Money::cents).orElse(null);
    }
}
