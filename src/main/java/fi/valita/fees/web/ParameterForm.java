package fi.valita.fees.web;

import fi.valita.fees.FeeParameter;
import fi.valita.shared.Money;
import fi.valita.shared.TypedNumber;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;

/** A value of a parameter for a new period, as typed: euros for an amount of money, a number otherwise. */
record ParameterForm(@Nullable String key, @Nullable String value, @Nullable String validFrom,
        @Nullable String validTo, @Nullable String description, @Nullable String reason) {

    static final int MAX_DESCRIPTION = 500;
    private static final BigDecimal MAX_DECIMAL = new BigDecimal("100000000");

    record NewRow(String key, @Nullable Long valueCents, @Nullable BigDecimal valueDecimal, LocalDate validFrom,
            @Nullable LocalDate validTo, String description, String reason) {}

    /** The row, or empty after telling each field that is wrong; {@code rows} are the table's rows by key. */
    Optional<NewRow> read(Map<String, List<FeeParameter>> rows, BindingResult errors) {
        List<FeeParameter> ofKey = key == null ? null : rows.get(key);
        if (ofKey == null || ofKey.isEmpty()) {
            errors.rejectValue("key", "fees.parameters.error.key");
        }
        Long cents = null;
        BigDecimal decimal = null;
        if (ofKey != null && !ofKey.isEmpty()) {
            if (ofKey.getLast().valueCents() != null) {
                cents = (value == null ? Optional.<Money>empty() : Money.parseAmount(value)).map(Money::cents)
                        .orElse(null);
                if (cents == null) {
                    errors.rejectValue("value", "fees.parameters.error.money");
                }
            } else {
                decimal = decimal(value);
                if (decimal == null) {
                    errors.rejectValue("value", "fees.parameters.error.number");
                }
            }
        }
        LocalDate from = EndForm.date(validFrom, "validFrom", true, errors);
        LocalDate to = EndForm.date(validTo, "validTo", false, errors);
        if (from != null && to != null && to.isBefore(from)) {
            errors.rejectValue("validTo", "fees.period.error.end-before-start");
        } else if (from != null && !errors.hasFieldErrors("validTo") && ofKey != null
                && ofKey.stream().anyMatch(row -> row.overlaps(from, to))) {
            errors.rejectValue("validFrom", "fees.parameters.error.overlap");
        }
        if (description == null || description.isBlank()) {
            errors.rejectValue("description", "fees.parameters.error.description");
        } else if (description.strip().length() > MAX_DESCRIPTION) {
            errors.rejectValue("description", "fees.parameters.error.description-long");
        }
        ParameterReasons.check(reason, errors);
        if (errors.hasErrors() || key == null || from == null || description == null || reason == null) {
            return Optional.empty();
        }
        return Optional.of(new NewRow(key, cents, decimal, from, to, description.strip(), reason.strip()));
    }

    /** A count such as days: 20, 1,5, 1.5 or "20 päivää"; at most four decimals, never negative. */
    private static @Nullable BigDecimal decimal(@Nullable String text) {
        return TypedNumber.decimal(text, 4, TypedNumber.Unit.notMoney())
                .filter(n -> n.signum() >= 0 && n.compareTo(MAX_DECIMAL) < 0)
                .orElse(null);
    }
}
