package fi.valita.experts;

import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such expert (or training entry of one), or not one the current user may see: both answer the same, 404. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class ExpertNotFound extends RuntimeException {

    private ExpertNotFound(String message) {
        super(message);
    }

    public static ExpertNotFound withId(UUID id) {
        return new ExpertNotFound("No expert " + id + " visible to this user");
    }

    /** No such training entry on a profile the user may see. */
    public static ExpertNotFound training(UUID trainingId) {
        return new ExpertNotFound("No training " + trainingId + " on this profile");
    }
}
