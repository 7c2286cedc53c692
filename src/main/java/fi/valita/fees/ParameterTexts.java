package fi.valita.fees;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A row's value and period as the change log keeps them: the same in every language, e.g. "0.55 € 2026-01-01 – ". */
final class ParameterTexts {

    private ParameterTexts() {}

    static String value(FeeParameter p) {
        if (p.valueCents() != null) {
            return p.money().euros().toPlainString() + " €";
        }
        return (p.valueDecimal() == null ? BigDecimal.ZERO : p.valueDecimal()).stripTrailingZeros().toPlainString();
    }

    static String valueAndPeriod(FeeParameter p) {
        return value(p) + " " + p.validFrom() + " – " + (p.validTo() == null ? "" : p.validTo());
    }

    static String lastDay(@Nullable LocalDate day) {
        return day == null ? "–" : day.toString();
    }
}
