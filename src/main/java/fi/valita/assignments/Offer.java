package fi.valita.assignments;

import fi.valita.experts.EngagementForm;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A work request put to one expert, open until the reply deadline.
 *
 * @param engagementForm the form the work will be done under, which decides what may be paid
 */
public record Offer(
        UUID id,
        UUID requestId,
        UUID expertId,
        UUID poolOrganisationId,
        UUID offeredBy,
        Instant respondBy,
        OfferStatus status,
        @Nullable String declineReason,
        Instant createdAt,
        @Nullable Instant answeredAt,
        EngagementForm engagementForm) {

    /** Open and still before its deadline: the expert can answer. */
    public boolean isOpen(Clock clock) {
        return status == OfferStatus.OPEN && !isPastDeadline(clock);
    }

    public boolean isPastDeadline(Clock clock) {
        return !Instant.now(clock).isBefore(respondBy);
    }
}
