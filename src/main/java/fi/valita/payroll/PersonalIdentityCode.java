package fi.valita.payroll;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Finnish personal identity code (henkilötunnus), DDMMYYCNNNK: the birth date, the century sign
 * (+ 1800s; - Y X W V U 1900s; A B C D E F 2000s), the individual number and the check character
 * (the nine digits as one number mod 31). Individual numbers 900–999 are temporary or artificial
 * codes, never given to a real person: demo and test data use only those.
 *
 * <p>{@link #toString()} shows only the last four characters, so that a code never ends up whole in a
 * log line or an exception by accident; {@link #value()} is the code itself.
 */
public record PersonalIdentityCode(String value) {

    private static final Pattern FORMAT = Pattern.compile("(\\d{2})(\\d{2})(\\d{2})([-+A-FU-Y])(\\d{3})([0-9A-Y])");
    private static final String CHECK_CHARACTERS = "0123456789ABCDEFHJKLMNPRSTUVWXY";

    /** @throws IllegalArgumentException unless the value is a valid code exactly as {@link #parse} gives it */
    public PersonalIdentityCode {
        if (!isValid(value)) {
            throw new IllegalArgumentException("Not a valid personal identity code");
        }
    }

    /**
     * Reads a code as a person types it: surrounding and inner spaces are dropped, letters may be
     * lower case. Empty when the format, the date or the check character is wrong.
     */
    public static Optional<PersonalIdentityCode> parse(String input) {
        String code = input.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        return isValid(code) ? Optional.of(new PersonalIdentityCode(code)) : Optional.empty();
    }

    /** An artificial code (individual number 900–999) for a birth date: for demo and test data. */
    public static PersonalIdentityCode artificial(LocalDate birthDate, int individualNumber) {
        if (individualNumber < 900 || individualNumber > 999) {
            throw new IllegalArgumentException("Artificial codes have individual numbers 900–999");
        }
        String date = String.format(Locale.ROOT, "%02d%02d%02d", birthDate.getDayOfMonth(), birthDate.getMonthValue(),
                birthDate.getYear() % 100);
        char sign = switch (birthDate.getYear() / 100) {
            case 18 -> '+';
            case 19 -> '-';
            case 20 -> 'A';
            default -> throw new IllegalArgumentException("No century sign for " + birthDate.getYear());
        };
        String individual = String.format(Locale.ROOT, "%03d", individualNumber);
        return new PersonalIdentityCode(date + sign + individual + checkCharacter(date + individual));
    }

    private static boolean isValid(String code) {
        Matcher m = FORMAT.matcher(code);
        if (!m.matches()) {
            return false;
        }
        int century = century(m.group(4).charAt(0));
        int individual = Integer.parseInt(m.group(5));
        if (individual < 2) {
            return false;
        }
        try {
            LocalDate.of(century + Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(1)));
        } catch (DateTimeException notADate) {
            return false;
        }
        return m.group(6).charAt(0) == checkCharacter(m.group(1) + m.group(2) + m.group(3) + m.group(5));
    }

    /** The check character of the nine digits of birth date and individual number. */
    static char checkCharacter(String nineDigits) {
        return CHECK_CHARACTERS.charAt((int) (Long.parseLong(nineDigits) % 31));
    }

    public LocalDate birthDate() {
        return LocalDate.of(century(value.charAt(6)) + Integer.parseInt(value.substring(4, 6)),
                Integer.parseInt(value.substring(2, 4)), Integer.parseInt(value.substring(0, 2)));
    }

    /** A temporary or artificial code (individual number 900–999), as demo and test data must use. */
    public boolean isArtificial() {
        return Integer.parseInt(value.substring(7, 10)) >= 900;
    }

    /** The last four characters, e.g. {@code 308T}: enough for the person to recognise their own code. */
    public String lastFour() {
        return value.substring(value.length() - 4);
    }

    @Override
    public String toString() {
        return "PersonalIdentityCode[…" + lastFour() + "]";
    }

    private static int century(char sign) {
        return switch (sign) {
            case '+' -> 1800;
            case '-', 'Y', 'X', 'W', 'V', 'U' -> 1900;
            case 'A', 'B', 'C', 'D', 'E', 'F' -> 2000;
            default -> throw new IllegalArgumentException("No century sign");
        };
    }
}
