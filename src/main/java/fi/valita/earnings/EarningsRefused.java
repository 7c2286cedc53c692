package fi.valita.earnings;

/** A change of the earnings module that breaks a rule; {@link #field()} names the form field at fault. */
public class EarningsRefused extends RuntimeException {

    private final String field;
    private final String messageKey;

    private EarningsRefused(String field, String messageKey) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
    }

    public static EarningsRefused badCode() {
        return new EarningsRefused("code", "earnings.error.code");
    }

    public static EarningsRefused otherKind() {
        return new EarningsRefused("kind", "earnings.error.other-kind");
    }

    public static EarningsRefused amountNotForAnyFee() {
        return new EarningsRefused("amount", "earnings.error.amount-any-fee");
    }

    public static EarningsRefused endsBeforeStart() {
        return new EarningsRefused("validTo", "earnings.error.ends-before-start");
    }

    public static EarningsRefused overlaps() {
        return new EarningsRefused("validFrom", "earnings.error.overlap");
    }

    public static EarningsRefused lastDayOverlaps() {
        return new EarningsRefused("validTo", "earnings.error.overlap");
    }

    public static EarningsRefused unknownLimit() {
        return new EarningsRefused("limitCode", "earnings.error.unknown-limit");
    }

    public static EarningsRefused personalAmountNeeded() {
        return new EarningsRefused("personalAmount", "earnings.error.amount-needed");
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
