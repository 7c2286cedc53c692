package fi.valita.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * An amount of euros, kept as whole cents: never a {@code double}. Arithmetic that can produce
 * fractions of a cent (hours × hourly rate) rounds half up to the cent.
 */
public record Money(long cents) implements Comparable<Money> {

    public static final Money ZERO = new Money(0);

    private static final char NBSP = '\u00a0';

    public static Money ofCents(long cents) {
        return new Money(cents);
    }

    /**
     * Reads an amount as people type it: {@code 12,50}, {@code 12.50}, {@code 1 250,00 €},
     * {@code €1,250.00}. At most two decimals.
     *
     * @throws IllegalArgumentException when the text is not an amount of euros
     */
    public static Money parse(String text) {
        String s = text.strip().replace("€", "").replace("EUR", "")
                .replaceAll("[\\s\\u00a0\\u202f']", "");
        int comma = s.lastIndexOf(',');
        int dot = s.lastIndexOf('.');
        int decimal = Math.max(comma, dot);
        if (comma >= 0 && dot >= 0) {
            // Both marks: the last one separates the cents, the other one groups thousands.
            char grouping = comma > dot ? '.' : ',';
            s = s.replace(String.valueOf(grouping), "");
            decimal = s.lastIndexOf(comma > dot ? ',' : '.');
        } else if (decimal >= 0 && s.indexOf(s.charAt(decimal)) != decimal) {
            // One mark used several times (1,250,000) groups thousands.
            s = s.replace(String.valueOf(s.charAt(decimal)), "");
            decimal = -1;
        }
        if (decimal >= 0) {
            s = s.substring(0, decimal) + "." + s.substring(decimal + 1);
        }
        if (!s.matches("-?\\d+(\\.\\d{1,2})?")) {
            throw new IllegalArgumentException("Not an amount of euros: " + text);
        }
        return new Money(new BigDecimal(s).movePointRight(2).longValueExact());
    }

    /**
     * An amount typed into a form: like {@link #parse}, but never negative, and a comma or a point
     * used more than once without the other ("12,50,1") is a typing mistake rather than grouping.
     */
    public static java.util.Optional<Money> parseAmount(String text) {
        String marks = text.replaceAll("[^,.]", "");
        boolean repeatedOneMark = marks.length() > 1 && marks.chars().distinct().count() == 1;
        if (repeatedOneMark) {
            return java.util.Optional.empty();
        }
        try {
            Money amount = parse(text);
            return amount.isNegative() ? java.util.Optional.empty() : java.util.Optional.of(amount);
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    public Money plus(Money other) {
        return new Money(Math.addExact(cents, other.cents));
    }

    public Money minus(Money other) {
        return new Money(Math.subtractExact(cents, other.cents));
    }

    /** This amount times a whole quantity (kilometres, tickets). */
    public Money times(long quantity) {
        return new Money(Math.multiplyExact(cents, quantity));
    }

    /** This amount times a decimal quantity (hours), rounded half up to the cent. */
    public Money times(BigDecimal quantity) {
        return new Money(BigDecimal.valueOf(cents).multiply(quantity).setScale(0, RoundingMode.HALF_UP)
                .longValueExact());
    }

    public boolean isNegative() {
        return cents < 0;
    }

    /** The amount in euros with exactly two decimals. */
    public BigDecimal euros() {
        return BigDecimal.valueOf(cents, 2);
    }

    /**
     * The amount as written in the language: Finnish and Swedish {@code 1 250,00 €} (no-break spaces),
     * English {@code €1,250.00}.
     */
    public String format(Locale locale) {
        long abs = Math.abs(cents);
        boolean english = "en".equals(locale.getLanguage());
        String whole = group(abs / 100, english ? ',' : NBSP);
        String number = whole + (english ? '.' : ',') + String.format(Locale.ROOT, "%02d", abs % 100);
        String sign = cents < 0 ? "-" : "";
        return english ? sign + "€" + number : sign + number + NBSP + "€";
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(cents, other.cents);
    }

    @Override
    public String toString() {
        return euros().toPlainString() + " EUR";
    }

    private static String group(long value, char separator) {
        String digits = Long.toString(value);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                out.append(separator);
            }
            out.append(digits.charAt(i));
        }
        return out.toString();
    }
}
