package fi.valita.fees;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A step on a fee line that its state or the input does not allow; {@link #messageKey()} tells which. */
@ResponseStatus(HttpStatus.UNPROCESSABLE_CONTENT)
public class FeeLineRefused extends RuntimeException {

    private final String messageKey;

    private FeeLineRefused(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }

    public static FeeLineRefused reasonMissing() {
        return new FeeLineRefused("fees.line.reasonMissing");
    }

    public static FeeLineRefused negativeTotal() {
        return new FeeLineRefused("fees.line.negativeTotal");
    }

    public static FeeLineRefused notDraft() {
        return new FeeLineRefused("fees.line.notDraft");
    }

    public static FeeLineRefused alreadyExported() {
        return new FeeLineRefused("fees.line.alreadyExported");
    }

    /** Someone else approved, corrected or declined the line after the user last saw it. */
    public static FeeLineRefused changedMeanwhile() {
        return new FeeLineRefused("fees.line.changedMeanwhile");
    }

    /** The expert declined the fee: it is not paid, so it is not approved or corrected either. */
    public static FeeLineRefused declined() {
        return new FeeLineRefused("fees.line.declined");
    }

    /** The work's fee lines are held (e.g. its assignment agreement is not accepted): approved once released. */
    public static FeeLineRefused held(FeeHold hold) {
        return new FeeLineRefused("fees.line.held." + hold.name());
    }

    /** Only a fee (not an expense) that is not yet exported may be declined. */
    public static FeeLineRefused notDeclinable() {
        return new FeeLineRefused("fees.line.notDeclinable");
    }
}
