package fi.valita.assignments;

import java.time.Instant;
import java.util.UUID;

/** An expert's active assignment with a time (fixed, or agreed within a window of days), as other modules need it. */
public record Booking(UUID expertId, UUID assignmentId, Instant startsAt, Instant endsAt) {}
