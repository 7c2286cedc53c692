package fi.valita.assignments;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Agreed work for one expert on one request. A fixed-time request gives it a time ({@code startsAt}–
 * {@code endsAt}); a request with a window of days has none until agreed.
 */
public record Assignment(
        UUID id,
        UUID requestId,
        UUID offerId,
        UUID expertId,
        UUID poolOrganisationId,
        UUID requesterOrganisationId,
        @Nullable Instant startsAt,
        @Nullable Instant endsAt,
        AssignmentStatus status,
        @Nullable String cancelReason,
        @Nullable UUID cancelledBy,
        Instant createdAt) {

    public boolean isActive() {
        return status != AssignmentStatus.CANCELLED;
    }
}
