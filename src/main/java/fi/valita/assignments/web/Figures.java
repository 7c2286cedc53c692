package fi.valita.assignments.web;

import fi.valita.shared.Money;
import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads the numbers people type into the work report, in Finnish or English style ("2,5" or "2.5"),
 * without floating point: "12,50" euros is 1250 cents. Null means the text is not such a number.
 */
final class Figures {

    private static final Pattern DECIMAL = Pattern.compile("(\\d{1,7})(?:[.,](\\d{1,2}))?");
    private static final Pattern WHOLE = Pattern.compile("\\d{1,6}");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u202f]+");

    private Figures() {}

    /** Hours with at most two decimals, e.g. "2", "2,5", "1.75". */
    static @Nullable BigDecimal hours(String text) {
        Matcher m = DECIMAL.matcher(SPACES.matcher(text).replaceAll(""));
        if (!m.matches()) {
            return null;
        }
        return new BigDecimal(m.group(1) + (m.group(2) == null ? "" : "." + m.group(2)));
    }

    /** Whole kilometres, e.g. "42". */
    static @Nullable Integer kilometres(String text) {
        String digits = SPACES.matcher(text).replaceAll("");
        return WHOLE.matcher(digits).matches() ? Integer.valueOf(digits) : null;
    }

    /** Euros and cents to cents: "12,50" → 1250, "12,5" → 1250, "12" → 1200, "3 €" → 300. */
    static @Nullable Long cents(String text) {
        return Money.parseAmount(text).map(Money::cents).orElse(null);
    }
}
