package fi.valita.payroll;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such batch, person or permission in the user's organisation: answers 404 whichever it is. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class PayrollNotFound extends RuntimeException {

    private PayrollNotFound(String message) {
        super(message);
    }

    public static PayrollNotFound export(java.util.UUID id) {
        return new PayrollNotFound("No payroll export " + id + " visible to this user");
    }

    public static PayrollNotFound person(java.util.UUID id) {
        return new PayrollNotFound("No person " + id + " in this user's organisation");
    }
}
