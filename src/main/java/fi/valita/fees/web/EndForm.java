package fi.valita.fees.web;

import fi.valita.shared.Dates;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;

/** The last day a rate or a parameter row applies, as typed. */
record EndForm(@Nullable String validTo) {

    /** The day, or null after telling the field (a required one that is empty, or one that is no date). */
    static @Nullable LocalDate date(@Nullable String text, String field, boolean required, BindingResult errors) {
        if (text == null || text.isBlank()) {
            if (required) {
                errors.rejectValue(field, "fees.period.error.date-missing");
            }
            return null;
        }
        LocalDate day = Dates.parseDate(text).orElse(null);
        if (day == null) {
            errors.rejectValue(field, "fees.period.error.date");
        }
        return day;
    }

    /** The last day, not before {@code first}; null after telling the field. */
    @Nullable LocalDate read(LocalDate first, BindingResult errors) {
        LocalDate day = date(validTo, "validTo", true, errors);
        if (day != null && day.isBefore(first)) {
            errors.rejectValue("validTo", "fees.period.error.end-before-start");
            return null;
        }
        return day;
    }
}
