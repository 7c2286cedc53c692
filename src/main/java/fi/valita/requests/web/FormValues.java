package fi.valita.requests.web;

import fi.valita.shared.Dates;
import fi.valita.shared.Money;
import fi.valita.shared.TypedNumber;
import fi.valita.shared.TypedNumber.Unit;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Lenient reading of what people type: null when the text cannot be read. */
final class FormValues {

    private FormValues() {}

    /** Cents of a sum in euros, counted in whole numbers (never floating point); null if not a sum. */
    static @Nullable Long cents(String euros) {
        return Money.parseAmount(euros).map(Money::cents).orElse(null);
    }

    /** A count of people or of things as people type it: "40", "40 hlö", "2 kpl", "1 500". */
    static @Nullable Integer wholeNumber(String text) {
        return TypedNumber.wholeNumber(text, Unit.PEOPLE, Unit.TIMES).orElse(null);
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
