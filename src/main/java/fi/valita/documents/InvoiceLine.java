package fi.valita.documents;

import fi.valita.experts.TaskType;
import fi.valita.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One assignment's billable fee lines on an invoice summary.
 *
 * @param unit the name of the requester organisation's unit the work was for, if it has units
 * @param quantity the fee's hours, or 1 for a task or an agreed sum; null when no fee is billed (volunteer work)
 * @param otherExpenses tickets and any other expenses at cost
 */
public record InvoiceLine(UUID assignmentId, LocalDate workDate, String requestTitle, @Nullable String unit, UUID expertId,
        String expertName, TaskType taskType, @Nullable BigDecimal quantity, Money fee, Money kmAllowance,
        Money otherExpenses) {

    public Money total() {
        return fee.plus(kmAllowance).plus(otherExpenses);
    }
}
