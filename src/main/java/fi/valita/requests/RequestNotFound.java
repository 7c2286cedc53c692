package fi.valita.requests;

import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such request, or not one the user may see: both answer 404. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class RequestNotFound extends RuntimeException {

    private RequestNotFound(String message) {
        super(message);
    }

    public static RequestNotFound withId(UUID id) {
        return new RequestNotFound("No work request " + id + " visible to this user");
    }
}
