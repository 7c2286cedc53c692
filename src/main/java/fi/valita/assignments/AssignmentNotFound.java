package fi.valita.assignments;

import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such assignment, or not one the user may see: both answer 404. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class AssignmentNotFound extends RuntimeException {

    private AssignmentNotFound(String message) {
        super(message);
    }

    public static AssignmentNotFound withId(UUID id) {
        return new AssignmentNotFound("No assignment " + id + " visible to this user");
    }
}
