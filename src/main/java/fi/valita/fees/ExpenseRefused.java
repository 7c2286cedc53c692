package fi.valita.fees;

import org.jspecify.annotations.Nullable;

/** An expense the input or the state of the work does not allow; the message key is in i18n/expenses. */
public class ExpenseRefused extends RuntimeException {

    private final String messageKey;
    private final @Nullable String field;

    private ExpenseRefused(String messageKey, @Nullable String field) {
        super(messageKey);
        this.messageKey = messageKey;
        this.field = field;
    }

    public String messageKey() {
        return messageKey;
    }

    /** The form field the message belongs next to; null for the whole form. */
    public @Nullable String field() {
        return field;
    }

    /** Expenses are added once the work is reported, and not to cancelled work. */
    public static ExpenseRefused notReported() {
        return new ExpenseRefused("expenses.error.not-reported", null);
    }

    /** The engagement form the work was done under does not let the pool pay this kind of expense. */
    public static ExpenseRefused notPaidUnderForm(String field) {
        return new ExpenseRefused("expenses.error.not-paid-under-form", field);
    }

    public static ExpenseRefused amountOutOfRange() {
        return new ExpenseRefused("expenses.error.amount-range", "amount");
    }

    public static ExpenseRefused descriptionTooLong() {
        return new ExpenseRefused("expenses.error.description-long", "description");
    }

    public static ExpenseRefused fileTooBig() {
        return new ExpenseRefused("expenses.error.file-too-big", "file");
    }

    public static ExpenseRefused fileType() {
        return new ExpenseRefused("expenses.error.file-type", "file");
    }

    public static ExpenseRefused dayOutsideWork() {
        return new ExpenseRefused("expenses.error.day-outside-work", "date");
    }

    public static ExpenseRefused dayTaken() {
        return new ExpenseRefused("expenses.error.day-taken", "date");
    }

    public static ExpenseRefused allowanceMissing() {
        return new ExpenseRefused("expenses.error.allowance-missing", "date");
    }

    /** The day would pass the volunteer's yearly cap and the person did not say to add it anyway. */
    public static ExpenseRefused capNotAccepted() {
        return new ExpenseRefused("expenses.error.cap-not-accepted", "capAccepted");
    }
}
