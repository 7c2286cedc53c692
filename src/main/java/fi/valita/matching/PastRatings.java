package fi.valita.matching;

import java.util.Optional;
import java.util.UUID;

/**
 * The last rating (1–5) a requester organisation gave an expert, for continuity: a good rating may
 * lift the expert for the same requester, and no rating ever lowers anyone.
 */
@FunctionalInterface
public interface PastRatings {

    Optional<Integer> lastRating(UUID expertId, UUID requesterOrganisationId);

    /**
     * The same answers for one requester and a known set of experts, read at once: ranking a large pool
     * then costs one query instead of one per expert. The default just asks one by one.
     */
    default PastRatings preloaded(UUID requesterOrganisationId, java.util.Collection<UUID> expertIds) {
        return this;
    }

    /** No ratings at all. */
    static PastRatings none() {
        return (expert, requester) -> Optional.empty();
    }
}
