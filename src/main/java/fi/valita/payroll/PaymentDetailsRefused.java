package fi.valita.payroll;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Payment details that cannot be saved; {@link #messageKey()} tells why, {@link #field()} which field. */
@ResponseStatus(HttpStatus.UNPROCESSABLE_CONTENT)
public class PaymentDetailsRefused extends RuntimeException {

    private final String field;
    private final String messageKey;

    private PaymentDetailsRefused(String field, String messageKey) {
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

    /** With an external database and no key configured, nothing secret may be saved. */
    public static PaymentDetailsRefused noEncryptionKey(String field) {
        return new PaymentDetailsRefused(field, "payroll.details.error.no-key");
    }
}
