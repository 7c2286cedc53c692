package fi.valita.payroll;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** The work dates a payroll run covers, both ends included, and the day the payer pays. */
public record PayrollPeriod(LocalDate from, LocalDate to, LocalDate paymentDate) {

    /** A longer period is surely a typing mistake. */
    public static final int MAX_DAYS = 366;

    /** @throws PayrollRefused when the period ends before it starts or is longer than a year */
    public PayrollPeriod {
        refusalOf(from, to).ifPresent(refused -> {
            throw refused;
        });
    }

    /** What is wrong with work dates from {@code from} to {@code to}, if anything; the form asks this with its other checks. */
    public static Optional<PayrollRefused> refusalOf(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return Optional.of(PayrollRefused.periodBackwards());
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            return Optional.of(PayrollRefused.periodTooLong());
        }
        return Optional.empty();
    }

    /** Last calendar month, paid on the given day. */
    public static PayrollPeriod lastMonth(LocalDate today) {
        LocalDate first = today.withDayOfMonth(1).minusMonths(1);
        return new PayrollPeriod(first, first.withDayOfMonth(first.lengthOfMonth()), today);
    }
}
