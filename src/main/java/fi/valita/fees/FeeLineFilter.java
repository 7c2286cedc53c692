package fi.valita.fees;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Which of a pool's fee lines a coordinator reviews: by work date (both ends included), in the statuses
 * (every status when empty), optionally of one expert or one requester organisation.
 */
public record FeeLineFilter(Set<FeeLineStatus> statuses, LocalDate from, LocalDate to, @Nullable UUID expertId,
        @Nullable UUID requesterOrganisationId) {

    public FeeLineFilter {
        statuses = Set.copyOf(statuses);
    }
}
