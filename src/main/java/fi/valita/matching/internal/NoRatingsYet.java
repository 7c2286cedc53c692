package fi.valita.matching.internal;

import fi.valita.matching.PastRatings;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Feedback and ratings do not exist yet (the assignments module will collect them later), so there is
 * no rating to find: continuity lifts nobody until this is replaced by a reader of real ratings.
 */
@Component
class NoRatingsYet implements PastRatings {

    @Override
    public Optional<Integer> lastRating(UUID expertId, UUID requesterOrganisationId) {
        return Optional.empty();
    }
}
