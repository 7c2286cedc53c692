package fi.valita.matching;

import fi.valita.assignments.EarlierOffer;
import fi.valita.assignments.Workload;
import fi.valita.experts.TaskType;
import fi.valita.shared.Municipality;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * What the ranking needs to know besides the request and the profiles, gathered beforehand so that
 * {@link CandidateRanking} stays a pure function.
 *
 * @param activeAccounts experts who have accepted their invitation and may sign in
 * @param poolsServingRequester the pool organisations that serve the requester organisation
 * @param booked experts with an active assignment overlapping the request's fixed time
 * @param workloads each expert's recent assignments, assignments in the request's month and hours in its week
 * @param earlierOffers what became of each expert's latest offer of this request, if they had one
 * @param trainingRequired the task types for which the pool requires a confirmed expert-by-experience training
 */
public record MatchingFacts(
        LocalDate today,
        Set<UUID> activeAccounts,
        Set<UUID> poolsServingRequester,
        Set<UUID> booked,
        Map<UUID, Workload> workloads,
        PastRatings ratings,
        Function<String, Optional<Municipality>> municipalities,
        Map<UUID, EarlierOffer> earlierOffers,
        Set<TaskType> trainingRequired) {

    Workload workloadOf(UUID expertId) {
        Workload workload = workloads.get(expertId);
        return workload != null ? workload : new Workload(expertId, 0, 0, 0);
    }

    Optional<EarlierOffer> earlierOfferTo(UUID expertId) {
        return Optional.ofNullable(earlierOffers.get(expertId));
    }
}
