package fi.valita.shared;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A number as people type it into a form, read forgivingly and never through floating point:
 * {@code 24 km} is 24, {@code 12,50 €} is 12.50, {@code 1 500} is 1500, {@code 2,5 h} is 2.5,
 * {@code €1,250.00} is 1250. The one reader of numbers for every form, so that each field takes
 * the same ways of writing.
 *
 * <p>A unit people write after the number (in Finnish, Swedish or English) is left out when it is
 * one the field takes: kilometres in a distance, euros in a sum ({@code €} also before it). A comma
 * or a point marks the decimals; when both are used, the last one does and the other groups
 * thousands, as spaces do. Anything else ("kaksi", "2-3", "1e3", "12,", "24 kaksi", "5 €" for a
 * distance) is not a number.
 */
public final class TypedNumber {

    /** The units people write after a number; each field takes those that fit it. */
    public enum Unit {
        EUROS("€", "e", "eur", "euro", "euroa", "euros"),
        KILOMETRES("km", "kilometri", "kilometriä", "kilometer", "kilometre", "kilometres", "kilometers"),
        HOURS("h", "t", "tunti", "tuntia", "hour", "hours", "hr", "hrs", "tim", "timme", "timmar"),
        MINUTES("min", "mins", "minuutti", "minuuttia", "minute", "minutes", "minut", "minuter"),
        PEOPLE("hlö", "hlöä", "hlo", "henkeä", "henkilöä", "people", "persons", "pers", "personer"),
        DAYS("pv", "päivä", "päivää", "d", "dag", "dagar", "day", "days"),
        TIMES("krt", "kertaa", "gånger", "times", "kpl", "st", "pcs"),
        PERCENT("%");

        private final Set<String> words;

        Unit(String... words) {
            this.words = Set.of(words);
        }

        /** Every unit but euros: for a count or a measure that is not money. */
        public static Unit[] notMoney() {
            return EnumSet.complementOf(EnumSet.of(EUROS)).toArray(Unit[]::new);
        }
    }

    private static final Pattern NUMBER_AND_UNIT =
            Pattern.compile("(-?)(€|(?i:eur)\\b)?\\s*(-?)(\\d[\\d .,']*)?(\\d)\\s*(?:([\\p{L}€%]+)\\.?)?");
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(?:([ .,'])\\d{3})(?:\\1\\d{3})*");
    private static final Pattern PLAIN = Pattern.compile("\\d+");

    private TypedNumber() {}

    /**
     * The number the text holds, with as many decimals as were typed; empty when it holds none, or
     * when a unit is written that is not one of {@code units}.
     */
    public static Optional<BigDecimal> read(@Nullable String text, Unit... units) {
        if (text == null) {
            return Optional.empty();
        }
        String plain = text.strip().replaceAll("[\\s\\u00a0\\u202f\\u2009]+", " ").replace('\u2212', '-');
        Matcher m = NUMBER_AND_UNIT.matcher(plain);
        if (!m.matches() || (!m.group(1).isEmpty() && !m.group(3).isEmpty())
                || !takes(units, m.group(2) == null ? null : "€", m.group(6))) {
            return Optional.empty();
        }
        String digits = (m.group(4) == null ? "" : m.group(4)) + m.group(5);
        boolean negative = !m.group(1).isEmpty() || !m.group(3).isEmpty();
        return plainDecimal(digits.strip()).map(n -> negative ? n.negate() : n);
    }

    /** A whole number (no decimals typed) within the range of an {@code int}. */
    public static Optional<Integer> wholeNumber(@Nullable String text, Unit... units) {
        return decimal(text, 0, units).filter(n -> n.abs().compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0)
                .map(BigDecimal::intValueExact);
    }

    /** A number typed with at most {@code maxDecimals} decimals: 2 for euros, "12,505 €" is not read. */
    public static Optional<BigDecimal> decimal(@Nullable String text, int maxDecimals, Unit... units) {
        return read(text, units).filter(n -> n.scale() <= maxDecimals);
    }

    private static boolean takes(Unit[] units, @Nullable String before, @Nullable String after) {
        return (before == null || takes(units, before)) && (after == null || takes(units, after));
    }

    private static boolean takes(Unit[] units, String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return Arrays.stream(units).anyMatch(unit -> unit.words.contains(lower));
    }

    /**
     * Digits with marks: one comma or point separates the decimals ("2,5", "1 500.25"); with both, the
     * last one does ("1.500,25", "1,500.25"); one mark used several times groups thousands ("1,500,000").
     */
    private static Optional<BigDecimal> plainDecimal(String number) {
        int comma = number.indexOf(',');
        int point = number.indexOf('.');
        int decimalMark = Math.max(number.lastIndexOf(','), number.lastIndexOf('.'));
        boolean oneMarkRepeated = (comma < 0 || point < 0) && decimalMark >= 0
                && number.indexOf(number.charAt(decimalMark)) != decimalMark;
        if (decimalMark < 0 || oneMarkRepeated) {
            return wholePart(number).map(BigDecimal::new);
        }
        String fraction = number.substring(decimalMark + 1);
        if (!PLAIN.matcher(fraction).matches()) {
            return Optional.empty();
        }
        return wholePart(number.substring(0, decimalMark)).map(whole -> new BigDecimal(whole + "." + fraction));
    }

    /** The digits of a whole part written plainly or in groups of three ("1500", "1 500", "1.500"). */
    private static Optional<String> wholePart(String text) {
        if (PLAIN.matcher(text).matches() || GROUPED.matcher(text).matches()) {
            return Optional.of(text.replaceAll("[ .,']", ""));
        }
        return Optional.empty();
    }
}
