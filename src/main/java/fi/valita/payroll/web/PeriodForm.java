package fi.valita.payroll.web;

import fi.valita.payroll.PayrollPeriod;
import fi.valita.payroll.PayrollRefused;
import fi.valita.shared.Dates;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;

/** A payroll period as typed: dates as text (yyyy-mm-dd from a date field), read in the controller. */
record PeriodForm(@Nullable String from, @Nullable String to, @Nullable String paymentDate) {

    static PeriodForm of(PayrollPeriod period) {
        return new PeriodForm(period.from().toString(), period.to().toString(), period.paymentDate().toString());
    }

    boolean isEmpty() {
        return blank(from) && blank(to) && blank(paymentDate);
    }

    /** The period, or null with the errors beside their fields. */
    @Nullable PayrollPeriod period(BindingResult errors) {
        LocalDate start = date(from, "from", errors);
        LocalDate end = date(to, "to", errors);
        LocalDate payment = date(paymentDate, "paymentDate", errors);
        if (start != null && end != null) {
            PayrollPeriod.refusalOf(start, end).ifPresent(refused -> errors.rejectValue(refused.field(), refused.messageKey()));
        }
        if (start == null || end == null || payment == null || errors.hasErrors()) {
            return null;
        }
        try {
            return new PayrollPeriod(start, end, payment);
        } catch (PayrollRefused refused) {
            errors.rejectValue(refused.field(), refused.messageKey());
            return null;
        }
    }

    private static @Nullable LocalDate date(@Nullable String text, String field, BindingResult errors) {
        if (blank(text)) {
            errors.rejectValue(field, "payroll.error.date-missing");
            return null;
        }
        LocalDate day = Dates.parseDate(text).orElse(null);
        if (day == null) {
            errors.rejectValue(field, "payroll.error.date");
        }
        return day;
    }

    private static boolean blank(@Nullable String text) {
        return text == null || text.isBlank();
    }
}
