package fi.valita.experts;

import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such expert, or not one the current user may see: both answer the same, 404. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class ExpertNotFound extends RuntimeException {

    private ExpertNotFound(String message) {
        super(message);
    }

    public static ExpertNotFound withId(UUID id) {
        return new ExpertNotFound("No expert " + id + " visible to this user");
    }
}
