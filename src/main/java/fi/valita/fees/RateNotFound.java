package fi.valita.fees;

import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such rate on the user's organisation's card: another organisation's rate answers the same 404. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class RateNotFound extends RuntimeException {

    private RateNotFound(String message) {
        super(message);
    }

    public static RateNotFound withId(UUID id) {
        return new RateNotFound("No rate " + id + " on this organisation's card");
    }
}
