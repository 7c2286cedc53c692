package fi.valita.payroll;

import java.math.BigInteger;
import java.util.Locale;
import java.util.Optional;

/**
 * A bank account number in IBAN form: country, two check digits (mod 97 of the rearranged number is
 * 1), then the account. A Finnish IBAN (FI…) is always 18 characters. {@link #toString()} shows only
 * the last four characters.
 */
public record Iban(String value) {

    private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);

    public Iban {
        if (!isValid(value)) {
            throw new IllegalArgumentException("Not a valid IBAN");
        }
    }

    /** Reads an IBAN as a person types it: spaces dropped, letters may be lower case. */
    public static Optional<Iban> parse(String input) {
        String iban = input.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        return isValid(iban) ? Optional.of(new Iban(iban)) : Optional.empty();
    }

    private static boolean isValid(String iban) {
        if (!iban.matches("[A-Z]{2}\\d{2}[A-Z0-9]{11,30}")) {
            return false;
        }
        if (iban.startsWith("FI") && iban.length() != 18) {
            return false;
        }
        String rearranged = iban.substring(4) + iban.substring(0, 4);
        var digits = new StringBuilder();
        for (char c : rearranged.toCharArray()) {
            digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
        }
        return new BigInteger(digits.toString()).mod(NINETY_SEVEN).intValue() == 1;
    }

    /** In groups of four, as printed on bank papers: {@code FI21 1234 5600 0007 85}. */
    public String grouped() {
        return value.replaceAll("(.{4})(?!$)", "$1 ");
    }

    public String lastFour() {
        return value.substring(value.length() - 4);
    }

    @Override
    public String toString() {
        return "Iban[…" + lastFour() + "]";
    }
}
