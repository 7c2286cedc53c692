package fi.valita.assignments;

import java.math.BigDecimal;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The requester or the pool's coordinator confirmed the expert's report: the figures may be paid. */
public record AssignmentApproved(UUID assignmentId, UUID requestId, UUID expertId, BigDecimal hours, int travelKm,
        @Nullable Long travelCostsCents, UUID approvedBy) {}
