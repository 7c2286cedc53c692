package fi.valita.api;

import java.util.UUID;

/** No such token, or another user's: both answer 404. */
public class ApiTokenNotFound extends RuntimeException {

    private ApiTokenNotFound(String message) {
        super(message);
    }

    public static ApiTokenNotFound withId(UUID id) {
        return new ApiTokenNotFound("No API token " + id + " of this user");
    }
}
