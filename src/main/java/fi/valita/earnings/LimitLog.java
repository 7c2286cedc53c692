package fi.valita.earnings;

import java.time.LocalDate;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A benefit limit's value and period as the change log keeps them, the same in every language: "1001.55 €
 * 2026-01-01 – ", or a word for a limit without an amount ({@link #ANY_FEE}, {@link #PERSONAL}) that the page
 * puts in the reader's language.
 */
public final class LimitLog {

    /** The logged value of a limit any fee reaches. */
    public static final String ANY_FEE = "ANY_FEE";
    /** The logged value of a limit each expert writes for themselves. */
    public static final String PERSONAL = "PERSONAL";

    private LimitLog() {}

    static String valueAndPeriod(BenefitLimit l) {
        String value = l.amount() != null ? l.amount().euros().toPlainString() + " €"
                : l.kind() == BenefitLimitKind.ANY_FEE ? ANY_FEE : PERSONAL;
        return value + " " + l.validFrom() + " – " + (l.validTo() == null ? "" : l.validTo());
    }

    static String lastDay(@Nullable LocalDate day) {
        return day == null ? "–" : day.toString();
    }

    /** The logged text with the words of a limit without an amount replaced by {@code words}' text of them. */
    public static String withWords(String logged, Function<String, String> words) {
        if (logged.startsWith(ANY_FEE + " ") || logged.startsWith(PERSONAL + " ")) {
            String word = logged.substring(0, logged.indexOf(' '));
            return words.apply(word) + logged.substring(word.length());
        }
        return logged;
    }
}
