package fi.valita.fees;

import fi.valita.shared.Money;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A fee line as the expenses page shows it: what it pays, and the expense details the {@link FeeLine}
 * does not carry.
 *
 * @param type a receipt's kind or a daily allowance's length; null for lines made at approval
 * @param note why the coordinator should look at it, as a code such as {@code RATE_MISSING}
 * @param addedBy who added it by hand; null for lines made at approval
 * @param corrected a coordinator has corrected its total (the history is kept, so it stays)
 */
public record ExpenseLine(UUID id, UUID assignmentId, UUID expertId, FeeLineKind kind, @Nullable ExpenseType type,
        @Nullable String description, Money total, FeeLineStatus status, LocalDate workDate, boolean volunteerWork,
        @Nullable String note, @Nullable UUID addedBy, boolean hasReceipt, boolean corrected) {

    /** Still an uncorrected draft, and added by this person: they may take it back. */
    public boolean removableBy(UUID userId) {
        return status == FeeLineStatus.DRAFT && !corrected && userId.equals(addedBy)
                && (kind == FeeLineKind.RECEIPT || kind == FeeLineKind.DAILY_ALLOWANCE);
    }
}
