package fi.valita.assignments;

import fi.valita.experts.EngagementForm;
import java.math.BigDecimal;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The requester or the pool's coordinator confirmed the expert's report: the figures may be paid, as far as
 * the engagement form the work was done under allows.
 */
public record AssignmentApproved(UUID assignmentId, UUID requestId, UUID expertId, BigDecimal hours, int travelKm,
        @Nullable Long travelCostsCents, UUID approvedBy, EngagementForm engagementForm) {}
