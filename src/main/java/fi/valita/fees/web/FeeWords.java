package fi.valita.fees.web;

import fi.valita.fees.FeeLine;
import fi.valita.fees.FeeLineKind;
import fi.valita.shared.Dates;
import fi.valita.shared.Money;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Amounts, quantities, days and times of the fee pages as the user reads them, in Europe/Helsinki. */
@Component
class FeeWords {

    static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    private final MessageSource messages;

    FeeWords(MessageSource messages) {
        this.messages = messages;
    }

    String money(Money amount, Locale locale) {
        return amount.format(locale);
    }

    String day(@Nullable LocalDate day, Locale locale) {
        return day == null ? "" : Dates.date(day, locale);
    }

    String time(Instant at, Locale locale) {
        return Dates.dateTime(at, locale);
    }

    String number(BigDecimal value, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(0);
        format.setMaximumFractionDigits(4);
        return format.format(value);
    }

    /** "3 h × 20,00 €", "12 km × 0,55 €", "1 × 5,80 €". */
    String quantityTimesUnit(FeeLine line, Locale locale) {
        String unitKey = line.kind() == FeeLineKind.KM_ALLOWANCE ? "fees.quantity.km" : "fees.quantity.times";
        return text(unitKey, locale, number(line.quantity(), locale), money(line.unitAmount(), locale));
    }

    /** Whether a coordinator has set the total to something else than quantity × unit price. */
    static boolean corrected(FeeLine line) {
        return !line.unitAmount().times(line.quantity()).equals(line.total());
    }

    String kind(FeeLine line, Locale locale) {
        return text("fees.kind." + line.kind().name(), locale);
    }

    String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    /** The text of the key, or the fallback when the bundle has none (e.g. a unit added to the table later). */
    /** The plain name of a fee parameter key, or the key itself. */
    String parameterName(String key, Locale locale) {
        return textOr("fees.parameters.name." + key, key, locale);
    }

    String textOr(String key, String fallback, Locale locale) {
        return messages.getMessage(key, null, fallback, locale);
    }
}
