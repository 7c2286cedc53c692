package fi.valita.fees;

import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such row in the fee parameter table. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class FeeParameterNotFound extends RuntimeException {

    private FeeParameterNotFound(String message) {
        super(message);
    }

    public static FeeParameterNotFound withId(UUID id) {
        return new FeeParameterNotFound("No fee parameter row " + id);
    }
}
