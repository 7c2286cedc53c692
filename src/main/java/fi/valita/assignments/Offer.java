package fi.valita.assignments;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A work request put to one expert, open until the reply deadline. */
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
        @Nullable Instant answeredAt) {

    /** Open and still before its deadline: the expert can answer. */
    public boolean isOpen(Clock clock) {
        return status == OfferStatus.OPEN && !isPastDeadline(clock);
    }

    public boolean isPastDeadline(Clock clock) {
        return !Instant.now(clock).isBefore(respondBy);
    }
}
