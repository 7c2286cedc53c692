package fi.valita.fees.web;

import fi.valita.shared.Money;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;

/** A coordinator's correction of a line's total, as typed: euros and a reason, and the version they saw. */
record CorrectionForm(@Nullable String total, @Nullable String reason, @Nullable String version) {

    static final int MAX_REASON = 1_000;

    /** The new total, or empty after telling each field that is wrong. */
    Optional<Money> read(BindingResult errors) {
        Optional<Money> amount = total == null ? Optional.empty() : Money.parseAmount(total);
        if (amount.isEmpty()) {
            errors.rejectValue("total", "fees.correct.error.total");
        }
        if (reason == null || reason.isBlank()) {
            errors.rejectValue("reason", "fees.correct.error.reason");
        } else if (reason.strip().length() > MAX_REASON) {
            errors.rejectValue("reason", "fees.correct.error.reason-long");
        }
        return errors.hasErrors() ? Optional.empty() : amount;
    }

    /** The version the coordinator saw; a missing or tampered one cannot match any line. */
    int seenVersion() {
        try {
            return version == null ? -1 : Integer.parseInt(version.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    CorrectionForm withVersion(int current) {
        return new CorrectionForm(total, reason, String.valueOf(current));
    }
}
