package fi.valita.assignments;

import java.time.Instant;
import java.util.UUID;

/** A day and time proposed for work asked for within a window of days, open until the other side answers it. */
public record TimeProposal(UUID id, UUID assignmentId, Instant startsAt, Instant endsAt, Side side, UUID proposedBy,
        Instant proposedAt) {

    /** Who proposed it: the two sides of the work agree it, a coordinator of the pool may set it for them. */
    public enum Side {
        EXPERT,
        REQUESTER,
        COORDINATOR
    }
}
