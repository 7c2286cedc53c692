package fi.valita.assignments;

import java.time.Instant;
import java.util.UUID;

/** One side proposed a day and time for work asked for within a window of days: the other side is to confirm it. */
public record WorkTimeProposed(UUID assignmentId, UUID requestId, UUID expertId, TimeProposal.Side side,
        Instant startsAt, Instant endsAt) {}
