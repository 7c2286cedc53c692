package fi.valita.assignments;

import fi.valita.experts.EngagementForm;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Agreed work for one expert on one request. A fixed-time request gives it a time ({@code startsAt}–
 * {@code endsAt}); a request with a window of days has none until agreed.
 *
 * @param engagementForm the form the work is done under, from the offer: it decides what may be paid
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
        Instant createdAt,
        EngagementForm engagementForm) {

    public boolean isActive() {
        return status != AssignmentStatus.CANCELLED;
    }
}
