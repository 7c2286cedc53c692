package fi.valita.fees;

import fi.valita.shared.Dates;
import fi.valita.shared.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One change of a row of a national table or of an organisation's own values, as logged.
 *
 * @param organisationId the organisation whose own row changed; null for a national row
 * @param oldValue what applied before (the value on the first day, or the last day before the row was ended)
 * @param newValue the value and period added, or the new last day
 * @param reason why, as the person wrote it
 */
public record ParameterChange(UUID id, Table table, UUID rowId, String key, @Nullable UUID organisationId,
        Action action, @Nullable String oldValue, String newValue, String reason, UUID changedBy,
        String changedByName, Instant changedAt) {

    /** Which table the row is in. */
    public enum Table {
        FEE_PARAMETER,
        BENEFIT_LIMIT
    }

    /** What was done to the row. */
    public enum Action {
        ADDED,
        ENDED
    }

    private static final Pattern ISO_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern EUROS = Pattern.compile("(-?\\d+(?:\\.\\d{1,2})?) €");

    public boolean national() {
        return organisationId == null;
    }

    /** The log keeps days and euros the same in every language ("0.55 € 2026-01-01 – "); this is the reader's. */
    public static String readable(String logged, Locale locale) {
        String days = ISO_DAY.matcher(logged).replaceAll(m -> Matcher.quoteReplacement(
                Dates.date(LocalDate.parse(m.group()), locale)));
        return EUROS.matcher(days).replaceAll(m -> Matcher.quoteReplacement(
                Money.ofCents(new BigDecimal(m.group(1)).movePointRight(2).longValueExact()).format(locale)));
    }
}
