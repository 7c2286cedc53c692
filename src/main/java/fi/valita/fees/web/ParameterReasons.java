package fi.valita.fees.web;

import fi.valita.fees.ParameterChanges;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;

/** The "why" every change of a parameter row needs, told next to its field when missing or too long. */
final class ParameterReasons {

    private ParameterReasons() {}

    static void check(@Nullable String reason, BindingResult errors) {
        if (reason == null || reason.isBlank()) {
            errors.rejectValue("reason", "fees.parameters.error.reason");
        } else if (!ParameterChanges.isReason(reason)) {
            errors.rejectValue("reason", "fees.parameters.error.reason-long");
        }
    }
}
