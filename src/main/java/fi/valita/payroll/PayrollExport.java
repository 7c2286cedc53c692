package fi.valita.payroll;

import fi.valita.shared.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A payroll batch: the approved fee lines of a pool's work period, to be paid on the payment date.
 *
 * @param paidOn the day the payer paid it, once a coordinator has marked it paid
 */
public record PayrollExport(UUID id, UUID poolOrganisationId, LocalDate periodFrom, LocalDate periodTo,
        LocalDate paymentDate, UUID madeBy, Instant madeAt, int lineCount, Money total, @Nullable LocalDate paidOn) {

    public boolean isPaid() {
        return paidOn != null;
    }
}
