package fi.valita.assignments;

import java.math.BigDecimal;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The expert reported the work done: the requester should confirm it. */
public record AssignmentCompleted(UUID assignmentId, UUID requestId, UUID expertId, BigDecimal hours, int travelKm,
        @Nullable Long travelCostsCents) {}
