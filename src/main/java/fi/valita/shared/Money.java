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
     * {@code €1,250.00}, {@code 12,50 euroa}. At most two decimals (read by {@link TypedNumber}).
     *
     * @throws IllegalArgumentException when the text is not an amount of euros
     */
    public static Money parse(String text) {
        return TypedNumber.decimal(text, 2, TypedNumber.Unit.EUROS).filter(Money::fits).map(Money::of)
                .orElseThrow(() -> new IllegalArgumentException("Not an amount of euros: " + text));
    }

    /** An amount typed into a form: like {@link #parse}, but never negative; empty when it is not an amount. */
    public static java.util.Optional<Money> parseAmount(String text) {
        return TypedNumber.decimal(text, 2, TypedNumber.Unit.EUROS).filter(Money::fits).map(Money::of)
                .filter(amount -> !amount.isNegative());
    }

    private static boolean fits(BigDecimal euros) {
        return euros.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE, 2)) <= 0;
    }

    private static Money of(BigDecimal euros) {
        return new Money(euros.movePointRight(2).setScale(0, RoundingMode.UNNECESSARY).longValueExact());
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
