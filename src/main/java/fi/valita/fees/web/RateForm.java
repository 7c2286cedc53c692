package fi.valita.fees.web;

import fi.valita.experts.TaskType;
import fi.valita.fees.Rate;
import fi.valita.fees.RateKind;
import fi.valita.shared.Money;
import fi.valita.shared.TypedNumber;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;

/** A new rate as typed: every field text, so that a word in a number or a tampered choice comes back with a message. */
record RateForm(@Nullable String kind, @Nullable String taskType, @Nullable String amount,
        @Nullable String preparationMinutes, @Nullable String minimumMinutes, @Nullable String validFrom,
        @Nullable String validTo) {

    static final int MAX_MINUTES = 24 * 60;

    static RateForm empty(LocalDate today) {
        return new RateForm(RateKind.PER_HOUR.name(), "", "", "0", "0", today.toString(), "");
    }

    record NewRate(RateKind kind, @Nullable TaskType taskType, Money amount, int preparationMinutes,
            int minimumMinutes, LocalDate validFrom, @Nullable LocalDate validTo) {}

    /** The rate, or empty after telling each field that is wrong; {@code card} holds the organisation's rates. */
    Optional<NewRate> read(List<Rate> card, BindingResult errors) {
        RateKind rateKind = Arrays.stream(RateKind.values()).filter(k -> k.name().equals(kind)).findFirst()
                .orElse(null);
        if (rateKind == null) {
            errors.rejectValue("kind", "fees.rates.error.kind");
        }
        TaskType type = null;
        if (FeeFilterForm.given(taskType)) {
            type = Arrays.stream(TaskType.values()).filter(t -> t.name().equals(taskType)).findFirst().orElse(null);
            if (type == null) {
                errors.rejectValue("taskType", "fees.rates.error.task-type");
            }
        }
        Optional<Money> money = amount == null ? Optional.empty() : Money.parseAmount(amount);
        if (money.isEmpty()) {
            errors.rejectValue("amount", "fees.rates.error.amount");
        }
        Integer preparation = minutes(preparationMinutes, "preparationMinutes", errors);
        Integer minimum = minutes(minimumMinutes, "minimumMinutes", errors);
        LocalDate from = EndForm.date(validFrom, "validFrom", true, errors);
        LocalDate to = EndForm.date(validTo, "validTo", false, errors);
        if (from != null && to != null && to.isBefore(from)) {
            errors.rejectValue("validTo", "fees.period.error.end-before-start");
        }
        if (from != null && !errors.hasFieldErrors("validTo") && !errors.hasFieldErrors("taskType")) {
            TaskType chosen = type;
            if (card.stream().anyMatch(rate -> rate.overlaps(chosen, from, to))) {
                errors.rejectValue("validFrom", "fees.rates.error.overlap");
            }
        }
        if (errors.hasErrors() || rateKind == null || money.isEmpty() || preparation == null || minimum == null
                || from == null) {
            return Optional.empty();
        }
        return Optional.of(new NewRate(rateKind, type, money.get(), preparation, minimum, from, to));
    }

    private static @Nullable Integer minutes(@Nullable String text, String field, BindingResult errors) {
        Integer minutes = text == null || text.isBlank() ? Integer.valueOf(0)
                : TypedNumber.wholeNumber(text, TypedNumber.Unit.MINUTES).filter(m -> m >= 0 && m <= MAX_MINUTES)
                        .orElse(null);
        if (minutes == null) {
            errors.rejectValue(field, "fees.rates.error.minutes");
        }
        return minutes;
    }
}
