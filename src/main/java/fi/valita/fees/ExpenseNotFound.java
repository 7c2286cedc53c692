package fi.valita.fees;

import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such expense or receipt on the assignment, or not one the user may see: both answer 404. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class ExpenseNotFound extends RuntimeException {

    private ExpenseNotFound(String message) {
        super(message);
    }

    public static ExpenseNotFound withId(UUID id) {
        return new ExpenseNotFound("No expense " + id + " visible to this user");
    }

    public static ExpenseNotFound assignment(UUID id) {
        return new ExpenseNotFound("No expenses of assignment " + id + " visible to this user");
    }
}
