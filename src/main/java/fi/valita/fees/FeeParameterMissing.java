package fi.valita.fees;

import java.time.LocalDate;

/** No row of the parameter table covers the day: the rule cannot be applied until someone adds one. */
public class FeeParameterMissing extends RuntimeException {

    private FeeParameterMissing(String message) {
        super(message);
    }

    public static FeeParameterMissing on(String key, LocalDate date) {
        return new FeeParameterMissing("No fee parameter " + key + " is valid on " + date
                + ": add a row for that period to fee_parameter");
    }
}
