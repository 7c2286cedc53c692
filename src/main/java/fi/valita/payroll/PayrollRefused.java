package fi.valita.payroll;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A payroll step the input or the state does not allow; {@link #messageKey()} says which, {@link #field()} where. */
@ResponseStatus(HttpStatus.UNPROCESSABLE_CONTENT)
public class PayrollRefused extends RuntimeException {

    private final String field;
    private final String messageKey;

    private PayrollRefused(String field, String messageKey) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public static PayrollRefused periodBackwards() {
        return new PayrollRefused("to", "payroll.error.period-backwards");
    }

    public static PayrollRefused periodTooLong() {
        return new PayrollRefused("to", "payroll.error.period-too-long");
    }

    public static PayrollRefused nothingToExport() {
        return new PayrollRefused("from", "payroll.error.nothing-to-export");
    }

    public static PayrollRefused alreadyPaid() {
        return new PayrollRefused("paidOn", "payroll.error.already-paid");
    }

    public static PayrollRefused paidOnOutsideRange() {
        return new PayrollRefused("paidOn", "payroll.error.paid-on-range");
    }
}
