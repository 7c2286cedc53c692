package fi.valita.assignments;

import java.time.Instant;
import java.util.UUID;

/** The day and time of work asked for within a window of days is agreed: the expert is booked for it. */
public record WorkTimeAgreed(UUID assignmentId, UUID requestId, UUID expertId, Instant startsAt, Instant endsAt) {}
