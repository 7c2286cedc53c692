package fi.valita.requests.web;

import fi.valita.shared.Dates;
import fi.valita.shared.Money;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Lenient reading of what people type: null when the text cannot be read. */
final class FormValues {

    /** Euros with at most two decimals, comma or point: "150", "150,5", "1 500,50". */
    private static final Pattern WHOLE = Pattern.compile("\\d{1,9}");

    private FormValues() {}

    /** Cents of a sum in euros, counted in whole numbers (never floating point); null if not a sum. */
    static @Nullable Long cents(String euros) {
        return Money.parseAmount(euros).map(Money::cents).orElse(null);
    }

    static @Nullable Integer wholeNumber(String text) {
        String stripped = text.strip();
        return WHOLE.matcher(stripped).matches() ? Integer.valueOf(stripped) : null;
    }

    /** A date as a date input sends it (2026-05-31) or as a Finn writes it (31.5.2026). */
    static @Nullable LocalDate date(String text) {
        return Dates.parseDate(text).orElse(null);
    }

    /** A time as a time input sends it (09:30) or as a Finn writes it (9.30, 930). */
    static @Nullable LocalTime time(String text) {
        return Dates.parseTime(text).orElse(null);
    }

    static @Nullable UUID uuid(@Nullable String text) {
        if (text == null) {
            return null;
        }
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
