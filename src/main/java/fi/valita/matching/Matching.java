package fi.valita.matching;

import fi.valita.assignments.Booking;
import fi.valita.assignments.Bookings;
import fi.valita.experts.ExpertPool;
import fi.valita.experts.ExpertProfile;
import fi.valita.identity.CurrentUser;
import fi.valita.identity.Identity;
import fi.valita.requests.WorkRequest;
import fi.valita.requests.WorkRequests;
import fi.valita.shared.Municipalities;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The matching module's API: the ranked candidates for a request, with reasons, for its pool's coordinators. */
@Service
public class Matching {

    private final WorkRequests requests;
    private final ExpertPool pool;
    private final Identity identity;
    private final Bookings bookings;
    private final Municipalities municipalities;
    private final MatchingSettings settings;
    private final PastRatings ratings;
    private final Clock clock;

    Matching(WorkRequests requests, ExpertPool pool, Identity identity, Bookings bookings, Municipalities municipalities,
            MatchingSettings settings, PastRatings ratings, Clock clock) {
        this.requests = requests;
        this.pool = pool;
        this.identity = identity;
        this.bookings = bookings;
        this.municipalities = municipalities;
        this.settings = settings;
        this.ratings = ratings;
        this.clock = clock;
    }

    /**
     * The experts of the request's pool ranked for it, and those left out with why. A request of
     * another pool answers as if it did not exist ({@link fi.valita.requests.RequestNotFound}).
     */
    @Transactional(readOnly = true)
    public Ranking candidates(UUID requestId, CurrentUser coordinator) {
        MatchingSettings.requireCoordinator(coordinator);
        WorkRequest request = requests.get(requestId, coordinator);
        List<ExpertProfile> experts = pool.profilesForMatching(coordinator);
        Set<UUID> ids = experts.stream().map(ExpertProfile::id).collect(Collectors.toSet());
        Instant now = Instant.now(clock);
        var facts = new MatchingFacts(
                LocalDate.now(clock.withZone(Exclusions.HELSINKI)),
                identity.activeAmong(ids),
                new HashSet<>(identity.poolsServing(request.requesterOrganisationId())),
                booked(request, ids),
                bookings.workload(ids, Bookings.rotationSince(now), workloadDay(request)),
                ratings.preloaded(request.requesterOrganisationId(), ids),
                municipalities::byCode,
                bookings.earlierOffers(request.id(), now),
                settings.trainingRequiredOf(request.poolOrganisationId()));
        return new CandidateRanking(settings.weightsOf(request.poolOrganisationId())).rank(request, experts, facts);
    }

    private Set<UUID> booked(WorkRequest request, Set<UUID> experts) {
        if (!request.hasFixedTime()) {
            return Set.of();
        }
        return bookings.overlapping(experts, Objects.requireNonNull(request.startsAt()), Objects.requireNonNull(request.endsAt()))
                .stream()
                .map(Booking::expertId)
                .collect(Collectors.toSet());
    }

    /** The day whose month and week the limits are checked against: the start, or the window's first day. */
    private static LocalDate workloadDay(WorkRequest request) {
        if (request.startsAt() != null) {
            return request.startsAt().atZone(Exclusions.HELSINKI).toLocalDate();
        }
        return Objects.requireNonNull(request.windowFrom());
    }
}
