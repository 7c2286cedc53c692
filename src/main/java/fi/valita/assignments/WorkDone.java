package fi.valita.assignments;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What the expert reported after the work, and whether it is confirmed.
 *
 * @param travelCostsCents tickets and other travel costs in cents, null when there were none
 * @param confirmedBy the requester or coordinator who confirmed the report, null until then
 */
public record WorkDone(
        UUID assignmentId,
        BigDecimal hours,
        int travelKm,
        @Nullable Long travelCostsCents,
        boolean debriefWanted,
        Instant completedAt,
        @Nullable Instant confirmedAt,
        @Nullable UUID confirmedBy) {}
