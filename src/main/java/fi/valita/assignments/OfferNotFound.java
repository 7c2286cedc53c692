package fi.valita.assignments;

import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such offer, or not one the user may see: both answer 404. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class OfferNotFound extends RuntimeException {

    private OfferNotFound(String message) {
        super(message);
    }

    public static OfferNotFound withId(UUID id) {
        return new OfferNotFound("No offer " + id + " visible to this user");
    }
}
