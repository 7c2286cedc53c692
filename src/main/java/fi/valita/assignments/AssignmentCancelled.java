package fi.valita.assignments;

import java.util.UUID;

/**
 * An assignment was called off. When the expert drops out, the request goes back to matching: the
 * coordinator should be alerted and the requester informed.
 */
public record AssignmentCancelled(UUID assignmentId, UUID requestId, UUID expertId, CancelledBy byRole,
        String reason) {}
