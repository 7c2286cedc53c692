package fi.valita.matching.internal;

import fi.valita.assignments.Feedbacks;
import fi.valita.matching.PastRatings;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The ratings requesters gave experts after the work, from the assignments module's feedback: the
 * latest one the requester organisation's side gave the expert; {@link #preloaded} reads a whole pool in
 * one query.
 */
@Component
class RequesterRatings implements PastRatings {

    private final Feedbacks feedbacks;

    RequesterRatings(Feedbacks feedbacks) {
        this.feedbacks = feedbacks;
    }

    @Override
    public PastRatings preloaded(UUID requesterOrganisationId, java.util.Collection<UUID> expertIds) {
        java.util.Map<UUID, Integer> latest = feedbacks.latestRequesterRatings(requesterOrganisationId, expertIds);
        return (expert, requester) -> requester.equals(requesterOrganisationId)
                ? Optional.ofNullable(latest.get(expert))
                : lastRating(expert, requester);
    }

    @Override
    public Optional<Integer> lastRating(UUID expertId, UUID requesterOrganisationId) {
        return Optional.ofNullable(feedbacks.latestRequesterRatings(requesterOrganisationId, Set.of(expertId)).get(expertId));
    }
}
