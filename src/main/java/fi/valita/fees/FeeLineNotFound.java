package fi.valita.fees;

import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such fee line, or not one of the user's pool: both answer 404. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class FeeLineNotFound extends RuntimeException {

    private FeeLineNotFound(String message) {
        super(message);
    }

    public static FeeLineNotFound withId(UUID id) {
        return new FeeLineNotFound("No fee line " + id + " visible to this user");
    }
}
