package fi.valita.fees.web;

import fi.valita.fees.FeeParameterTable;
import fi.valita.shared.Money;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;

/** An organisation's own lower value of a key for a period, as typed; euros. */
record OwnValueForm(@Nullable String key, @Nullable String value, @Nullable String validFrom,
        @Nullable String validTo, @Nullable String reason) {

    static OwnValueForm empty() {
        return new OwnValueForm("", "", "", "", "");
    }

    record OwnValue(String key, long valueCents, LocalDate validFrom, @Nullable LocalDate validTo, String reason) {}

    /** The value, or empty after telling each field that is wrong. */
    Optional<OwnValue> read(BindingResult errors) {
        if (key == null || !FeeParameterTable.OWN_KEYS.contains(key)) {
            errors.rejectValue("key", "fees.parameters.error.key");
        }
        Long cents = (value == null ? Optional.<Money>empty() : Money.parseAmount(value)).map(Money::cents)
                .filter(c -> c >= 0).orElse(null);
        if (cents == null) {
            errors.rejectValue("value", "fees.parameters.error.money");
        }
        LocalDate from = EndForm.date(validFrom, "validFrom", true, errors);
        LocalDate to = EndForm.date(validTo, "validTo", false, errors);
        if (from != null && to != null && to.isBefore(from)) {
            errors.rejectValue("validTo", "fees.period.error.end-before-start");
        }
        ParameterReasons.check(reason, errors);
        if (errors.hasErrors() || key == null || cents == null || from == null || reason == null) {
            return Optional.empty();
        }
        return Optional.of(new OwnValue(key, cents, from, to, reason.strip()));
    }
}
