package fi.valita.fees.internal;

import fi.valita.fees.FeeParameter;
import fi.valita.fees.FeeParameters;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A dated parameter's value on a day, or nothing. Inside a transaction a missing value must not go through
 * {@link FeeParameters#valueOn}: its exception would mark the whole transaction for rollback even when caught.
 */
public final class ParameterValues {

    private ParameterValues() {}

    public static Optional<FeeParameter> on(FeeParameters parameters, String key, LocalDate day) {
        return parameters.history(key).stream()
                .filter(p -> !p.validFrom().isAfter(day) && (p.validTo() == null || !p.validTo().isBefore(day)))
                .findFirst();
    }
}
