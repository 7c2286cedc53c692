package fi.valita.matching;

import fi.valita.identity.CurrentUser;
import fi.valita.matching.internal.OrganisationWeights;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each pool organisation's matching weights, kept in the database (not application configuration,
 * as each organisation chooses its own). A pool that has not chosen uses {@link MatchingWeights#defaults()}.
 */
@Service
public class MatchingSettings {

    private final OrganisationWeights weights;
    private final Clock clock;

    MatchingSettings(OrganisationWeights weights, Clock clock) {
        this.weights = weights;
        this.clock = clock;
    }

    /** The weights of a pool organisation, or the defaults. */
    @Transactional(readOnly = true)
    public MatchingWeights weightsOf(UUID poolOrganisationId) {
        return weights.of(poolOrganisationId).orElseGet(MatchingWeights::defaults);
    }

    /** The weights of the coordinator's own pool. */
    @Transactional(readOnly = true)
    public MatchingWeights weights(CurrentUser coordinator) {
        requireCoordinator(coordinator);
        return weightsOf(coordinator.organisationId());
    }

    /** A coordinator changes the weights of their own pool; nobody else's. */
    @Transactional
    public void change(MatchingWeights changed, CurrentUser coordinator) {
        requireCoordinator(coordinator);
        weights.save(coordinator.organisationId(), changed, coordinator.id(), Instant.now(clock));
    }

    static void requireCoordinator(CurrentUser user) {
        if (!user.coordinates()) {
            throw new AccessDeniedException("Only coordinators work with matching");
        }
    }
}
