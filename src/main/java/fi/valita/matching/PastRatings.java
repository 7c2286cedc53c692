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

    /** No ratings at all. */
    static PastRatings none() {
        return (expert, requester) -> Optional.empty();
    }
}
