package fi.valita.matching;

import fi.valita.experts.ExpertProfile;
import fi.valita.experts.LivedExperience;
import fi.valita.requests.AreasRule;
import fi.valita.requests.WorkRequest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Ranks a pool's experts for a request: a pure function of its inputs, so the same input always gives
 * the same order. Firm rules leave an expert out (break, booking, limits, closed account, a pool that does
 * not serve the requester, no engagement form that allows the work), softer ones too but the coordinator may
 * still pick them by hand (language, remote work, travel range, weekly times, a confirmed training the pool requires
 * for the task). The rest are scored by the weighted fit of lived-experience areas, task type, nearness, fair
 * rotation and continuity; equal scores are ordered by expert id.
 * Declined offers of other requests are no input at all, and a rating can only add to a score. An expert's
 * own offer of this request keeps them out of it: firmly while it stands (waiting, declined, expired, taken),
 * softly when they took the work and it was called off (see {@link Exclusions#cancelledThisRequest}).
 */
public final class CandidateRanking {

    /** Distance at which nearness counts half: 0 km counts fully, 150 km a quarter. */
    static final double HALF_NEARNESS_KM = 50;

    private static final Comparator<Candidate> BEST_FIRST =
            Comparator.comparingDouble(Candidate::score).reversed().thenComparing(Candidate::expertId);
    private static final Comparator<NotProposed> PICKABLE_FIRST = Comparator
            .comparing((NotProposed n) -> !n.pickableByHand())
            .thenComparing(NotProposed::displayName)
            .thenComparing(NotProposed::expertId);

    private final MatchingWeights weights;

    public CandidateRanking(MatchingWeights weights) {
        this.weights = weights;
    }

    /** The experts of the request's pool, ranked; experts of other pools are ignored. */
    public Ranking rank(WorkRequest request, Collection<ExpertProfile> experts, MatchingFacts facts) {
        List<ExpertProfile> eligible = new ArrayList<>();
        List<NotProposed> notProposed = new ArrayList<>();
        for (ExpertProfile expert : experts) {
            if (!expert.organisationId().equals(request.poolOrganisationId())) {
                continue;
            }
            List<Reason> firm = Exclusions.firm(request, expert, facts);
            List<Reason> soft = Exclusions.soft(request, expert, facts);
            if (firm.isEmpty() && soft.isEmpty()) {
                eligible.add(expert);
            } else {
                List<Reason> why = new ArrayList<>(firm);
                why.addAll(soft);
                notProposed.add(new NotProposed(expert.id(), expert.displayName(), why, firm.isEmpty(),
                        request.feeBasis().fittingAmong(expert.engagementForms())));
            }
        }
        int busiest = eligible.stream().mapToInt(e -> facts.workloadOf(e.id()).recentAssignments()).max().orElse(0);
        List<Candidate> candidates = new ArrayList<>(eligible.size());
        for (ExpertProfile expert : eligible) {
            candidates.add(score(request, expert, facts, busiest));
        }
        candidates.sort(BEST_FIRST);
        notProposed.sort(PICKABLE_FIRST);
        return new Ranking(request, candidates, notProposed);
    }

    private Candidate score(WorkRequest request, ExpertProfile expert, MatchingFacts facts, int busiest) {
        List<Reason> reasons = new ArrayList<>();
        double score = weights.areaFit() * areaFit(request, expert, reasons)
                + weights.taskFit() * taskFit(request, expert, reasons);
        reasons.add(Reason.of("matching.reason.language", new Reason.Term("experts.language." + request.language())));
        score += weights.distance() * nearness(request, expert, facts, reasons)
                + weights.rotation() * rotation(expert, facts, busiest, reasons)
                + weights.continuity() * continuity(request, expert, facts, reasons);
        if (request.hasFixedTime()) {
            reasons.add(Reason.of(expert.availability().isEmpty()
                    ? "matching.reason.availability-not-told" : "matching.reason.available"));
        }
        training(request, expert, reasons);
        return new Candidate(expert.id(), expert.displayName(), score, reasons,
                request.feeBasis().fittingAmong(expert.engagementForms()));
    }

    /**
     * Says whether the expert's training is confirmed or only their own word. Only a reason, no points: a pool
     * that wants trained experts for some work says so in its training requirements, which leave others out.
     */
    private static void training(WorkRequest request, ExpertProfile expert, List<Reason> reasons) {
        LocalDate day = Exclusions.firstDay(request);
        if (expert.isTrained(day)) {
            reasons.add(Reason.of("matching.reason.trained"));
        } else if (expert.hasSelfDeclaredTraining(day)) {
            reasons.add(Reason.of("matching.reason.training-self-declared"));
        }
    }

    /** Only areas the expert allowed to be used for matching count, and only those appear as reasons. */
    static double areaFit(WorkRequest request, ExpertProfile expert, List<Reason> reasons) {
        Set<UUID> wanted = new LinkedHashSet<>(request.wantedAreas());
        Set<UUID> usable = expert.experiences().stream()
                .filter(LivedExperience::usableForMatching)
                .map(LivedExperience::areaId)
                .collect(Collectors.toSet());
        List<UUID> shared = wanted.stream().filter(usable::contains).toList();
        shared.forEach(area -> reasons.add(Reason.of("matching.reason.area", new Reason.Area(area))));
        if (wanted.isEmpty()) {
            return 0;
        }
        if (request.areasRule() == AreasRule.ALL) {
            if (shared.size() < wanted.size()) {
                reasons.add(Reason.of("matching.reason.areas-partial", shared.size(), wanted.size()));
            }
            return shared.size() / (double) wanted.size();
        }
        return shared.isEmpty() ? 0 : 1;
    }

    private static double taskFit(WorkRequest request, ExpertProfile expert, List<Reason> reasons) {
        var task = new Reason.Term("experts.task." + request.taskType().name());
        if (expert.taskTypes().contains(request.taskType())) {
            reasons.add(Reason.of("matching.reason.task", task));
            return 1;
        }
        reasons.add(Reason.of("matching.reason.task-not-listed", task));
        return 0;
    }

    /** Remote work ignores distance: everyone gets the same (none). Unknown distance counts as far. */
    private static double nearness(WorkRequest request, ExpertProfile expert, MatchingFacts facts, List<Reason> reasons) {
        if (request.remote()) {
            reasons.add(Reason.of("matching.reason.remote"));
            return 0;
        }
        Optional<Double> km = Exclusions.distanceKm(request, expert, facts);
        if (km.isEmpty()) {
            reasons.add(Reason.of("matching.reason.distance-unknown"));
            return 0;
        }
        reasons.add(Reason.of("matching.reason.distance", Math.round(km.get())));
        if (expert.travelKm() == null) {
            reasons.add(Reason.of("matching.reason.travel-not-told"));
        }
        return 1 / (1 + km.get() / HALF_NEARNESS_KM);
    }

    /**
     * Fewer recent assignments rank higher, measured against the busiest candidate: the busiest gets nothing,
     * one without any the full weight. Relative, so that rotation keeps counting when everyone has had work
     * (a fixed curve such as 1/(1+n) hardly tells 20 assignments from 25).
     *
     * <p>A cancelled assignment does not count either way. Not as work had: the expert did not do it, and
     * counting it would push someone who fell ill further back for everything else. Nor as a mark against
     * them: falling ill is no fault, and a fairness rule that punished it would teach people to work ill. The
     * only consequence stays with the request itself, which is not proposed to them again.
     */
    private static double rotation(ExpertProfile expert, MatchingFacts facts, int busiest, List<Reason> reasons) {
        int recent = facts.workloadOf(expert.id()).recentAssignments();
        reasons.add(Reason.of("matching.reason.recent", recent));
        return busiest == 0 ? 1 : 1 - recent / (double) busiest;
    }

    /** A rating of 4 or 5 from the same requester lifts; anything else adds nothing and is not shown. */
    private static double continuity(WorkRequest request, ExpertProfile expert, MatchingFacts facts, List<Reason> reasons) {
        int rating = facts.ratings().lastRating(expert.id(), request.requesterOrganisationId()).orElse(0);
        if (rating < 4) {
            return 0;
        }
        reasons.add(Reason.of("matching.reason.rated", rating));
        return (Math.min(rating, 5) - 3) / 2.0;
    }

    static double hours(WorkRequest request) {
        return Duration.between(Objects.requireNonNull(request.startsAt()),
                Objects.requireNonNull(request.endsAt())).toMinutes() / 60.0;
    }
}
