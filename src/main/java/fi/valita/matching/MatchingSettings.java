package fi.valita.matching;

import fi.valita.experts.TaskType;
import fi.valita.identity.CurrentUser;
import fi.valita.matching.internal.OrganisationWeights;
import fi.valita.matching.internal.TrainingRequirements;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each pool organisation's matching settings, kept in the database (not application configuration, as each
 * organisation chooses its own): the weights (a pool that has not chosen uses {@link MatchingWeights#defaults()})
 * and the task types that require a confirmed expert-by-experience training (none unless chosen).
 */
@Service
public class MatchingSettings {

    private final OrganisationWeights weights;
    private final TrainingRequirements trainingRequirements;
    private final Clock clock;

    MatchingSettings(OrganisationWeights weights, TrainingRequirements trainingRequirements, Clock clock) {
        this.weights = weights;
        this.trainingRequirements = trainingRequirements;
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

    /** The task types for which a pool organisation requires a confirmed expert-by-experience training. */
    @Transactional(readOnly = true)
    public Set<TaskType> trainingRequiredOf(UUID poolOrganisationId) {
        return trainingRequirements.of(poolOrganisationId);
    }

    /** The task types the coordinator's own pool requires a confirmed training for. */
    @Transactional(readOnly = true)
    public Set<TaskType> trainingRequired(CurrentUser coordinator) {
        requireCoordinator(coordinator);
        return trainingRequirements.of(coordinator.organisationId());
    }

    /**
     * A coordinator chooses the task types their own pool requires a confirmed training for (all others need
     * none); nobody else's. Matching then leaves out, for work of those types, experts without one.
     */
    @Transactional
    public void requireTraining(Set<TaskType> taskTypes, CurrentUser coordinator) {
        requireCoordinator(coordinator);
        trainingRequirements.replace(coordinator.organisationId(), taskTypes, coordinator.id(), Instant.now(clock));
    }

    static void requireCoordinator(CurrentUser user) {
        if (!user.coordinates()) {
            throw new AccessDeniedException("Only coordinators work with matching");
        }
    }
}
