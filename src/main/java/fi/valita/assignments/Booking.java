package fi.valita.assignments;

import java.time.Instant;
import java.util.UUID;

/** An expert's active assignment with a fixed time, as other modules need to know it. */
public record Booking(UUID expertId, UUID assignmentId, Instant startsAt, Instant endsAt) {}
