package fi.valita.fees.web;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;

/** The last day of a parameter row and why it ends, as typed. */
record ParameterEndForm(@Nullable String validTo, @Nullable String reason) {

    /** The last day, not before {@code first}; null after telling each field that is wrong. */
    @Nullable LocalDate read(LocalDate first, BindingResult errors) {
        LocalDate day = new EndForm(validTo).read(first, errors);
        ParameterReasons.check(reason, errors);
        return errors.hasErrors() ? null : day;
    }
}
