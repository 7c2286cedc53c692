package fi.valita.earnings;

import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No benefit limit row with this id. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class BenefitLimitNotFound extends RuntimeException {

    private BenefitLimitNotFound(String message) {
        super(message);
    }

    public static BenefitLimitNotFound withId(UUID id) {
        return new BenefitLimitNotFound("No benefit limit " + id);
    }
}
