package fi.valita.documents;

import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such document, or not one the user may see: both answer 404. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class DocumentNotFound extends RuntimeException {

    private DocumentNotFound(String message) {
        super(message);
    }

    public static DocumentNotFound invoice(UUID requesterOrganisationId) {
        return new DocumentNotFound("No invoice summary for organisation " + requesterOrganisationId
                + " visible to this user");
    }

    public static DocumentNotFound statement(UUID expertId) {
        return new DocumentNotFound("No fee statement of expert " + expertId + " visible to this user");
    }

    public static DocumentNotFound agreement(UUID assignmentId) {
        return new DocumentNotFound("No agreement of assignment " + assignmentId + " visible to this user");
    }
}
