package fi.valita.payroll;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** The work dates a payroll run covers, both ends included, and the day the payer pays. */
public record PayrollPeriod(LocalDate from, LocalDate to, LocalDate paymentDate) {

    /** A longer period is surely a typing mistake. */
    public static final int MAX_DAYS = 366;

    /** @throws PayrollRefused when the period ends before it starts or is longer than a year */
    public PayrollPeriod {
        if (to.isBefore(from)) {
            throw PayrollRefused.periodBackwards();
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw PayrollRefused.periodTooLong();
        }
    }

    /** Last calendar month, paid on the given day. */
    public static PayrollPeriod lastMonth(LocalDate today) {
        LocalDate first = today.withDayOfMonth(1).minusMonths(1);
        return new PayrollPeriod(first, first.withDayOfMonth(first.lengthOfMonth()), today);
    }
}
