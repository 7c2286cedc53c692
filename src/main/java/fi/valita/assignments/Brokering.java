package fi.valita.assignments;

import fi.valita.assignments.internal.AssignmentRecords;
import fi.valita.assignments.internal.Names;
import fi.valita.assignments.internal.OfferRecords;
import fi.valita.assignments.internal.RequestLock;
import fi.valita.experts.EngagementForm;
import fi.valita.experts.ExpertFilter;
import fi.valita.experts.ExpertPool;
import fi.valita.experts.ExpertSummary;
import fi.valita.identity.CurrentUser;
import fi.valita.identity.Role;
import fi.valita.requests.FeeBasis;
import fi.valita.requests.RequestNotFound;
import fi.valita.requests.RequestStatus;
import fi.valita.requests.WorkRequest;
import fi.valita.requests.WorkRequests;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Brokering: the coordinator offers a request to experts, and they accept or decline. Every change
 * first locks the request (see {@link RequestLock}), so that under simultaneous acceptance exactly
 * the needed number of experts win; the database's exclusion constraint keeps any expert from
 * holding two overlapping assignments.
 */
@Service
public class Brokering {

    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
    private static final Set<RequestStatus> OPEN =
            EnumSet.of(RequestStatus.NEW, RequestStatus.MATCHING, RequestStatus.OFFERED);

    private final OfferRecords offers;
    private final AssignmentRecords assignments;
    private final RequestLock lock;
    private final WorkRequests requests;
    private final ExpertPool pool;
    private final Names names;
    private final AgreementGate agreements;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Brokering(OfferRecords offers, AssignmentRecords assignments, RequestLock lock, WorkRequests requests,
            ExpertPool pool, Names names, AgreementGate agreements, ApplicationEventPublisher events, Clock clock) {
        this.offers = offers;
        this.assignments = assignments;
        this.lock = lock;
        this.requests = requests;
        this.pool = pool;
        this.names = names;
        this.agreements = agreements;
        this.events = events;
        this.clock = clock;
    }

    /** {@link #sendOffers(UUID, Collection, Map, Instant, CurrentUser)} with each expert's usual engagement form. */
    @Transactional
    public List<Offer> sendOffers(UUID requestId, Collection<UUID> expertIds, Instant respondBy, CurrentUser coordinator) {
        return sendOffers(requestId, expertIds, Map.of(), respondBy, coordinator);
    }

    /**
     * The pool's coordinator offers an open request to experts of the pool, to answer by
     * {@code respondBy}. Experts offered this request before are skipped, unless their offer closed unanswered
     * when the work filled or their assignment of it was called off; returns the new offers. Fee-based
     * work is never offered to an expert who asked for volunteer work only at that time. Each offer records the
     * engagement form the work is done under: the one chosen for the expert in {@code chosenForms}, or else the
     * first of the expert's forms that fit the request's fee basis ({@link FeeBasis#fittingAmong}); an expert none
     * of whose forms fits, or a chosen form that does not fit, refuses all the offers.
     */
    @Transactional
    public List<Offer> sendOffers(UUID requestId, Collection<UUID> expertIds, Map<UUID, EngagementForm> chosenForms,
            Instant respondBy, CurrentUser coordinator) {
        WorkRequest request = coordinatorsRequest(requestId, coordinator);
        lock.lock(requestId);
        request = requests.byIdForProcessing(request.id());
        checkOffers(request, expertIds, respondBy, coordinator);
        Map<UUID, EngagementForm> forms = formsOf(request, expertIds, chosenForms, coordinator);
        Instant now = Instant.now(clock);
        List<Offer> sent = new ArrayList<>();
        for (UUID expertId : new LinkedHashSet<>(expertIds)) {
            var offer = new Offer(UUID.randomUUID(), requestId, expertId, request.poolOrganisationId(), coordinator.id(),
                    respondBy, OfferStatus.OPEN, null, now, null, forms.get(expertId));
            if (offers.addUnlessOffered(offer)) {
                sent.add(offer);
            }
        }
        requests.moveStatus(requestId, EnumSet.of(RequestStatus.NEW, RequestStatus.MATCHING), RequestStatus.OFFERED);
        if (!sent.isEmpty()) {
            events.publishEvent(new OffersSent(requestId, request.poolOrganisationId(),
                    sent.stream().map(Offer::id).toList(), sent.stream().map(Offer::expertId).toList(), respondBy));
        }
        return sent;
    }

    /**
     * The expert takes the work. Refused with {@link OfferNotOpen} when the request is already
     * filled, the deadline has passed, the offer is closed, or the expert has another assignment at
     * that time.
     */
    @Transactional
    public Assignment accept(UUID offerId, CurrentUser expert) {
        return accept(offerId, null, expert);
    }

    /**
     * The expert takes the work and, when it comes with an assignment agreement, accepts the agreement as the
     * offer showed it ({@code agreementShown}, from {@link #agreementOffered}); null leaves the agreement to be
     * accepted later, before the work is reported. Refused like {@link #accept(UUID, CurrentUser)}, and with
     * {@link AssignmentRefused#agreementChanged()} when the agreement changed after it was shown.
     */
    @Transactional
    public Assignment accept(UUID offerId, @Nullable String agreementShown, CurrentUser expert) {
        Offer offer = ownOffer(offerId, expert);
        lock.lock(offer.requestId());
        offer = ownOffer(offerId, expert);
        WorkRequest request = requests.byIdForProcessing(offer.requestId());
        if (offer.status() == OfferStatus.ACCEPTED) {
            return assignments.ofOffer(offerId).orElseThrow();
        }
        checkAnswerable(offer, request);
        int active = assignments.countActive(request.id());
        if (active >= request.expertsNeeded()) {
            throw OfferNotOpen.filled(offerId);
        }
        Instant now = Instant.now(clock);
        var assignment = new Assignment(UUID.randomUUID(), request.id(), offerId, expert.id(),
                request.poolOrganisationId(), request.requesterOrganisationId(), request.startsAt(), request.endsAt(),
                AssignmentStatus.CONFIRMED, null, null, now, offer.engagementForm());
        add(assignment);
        offers.answer(offerId, OfferStatus.ACCEPTED, null, now);
        if (agreementShown != null) {
            agreements.acceptWithOffer(details(offer), assignment.id(), agreementShown, expert);
        }
        events.publishEvent(new OfferAccepted(offerId, assignment.id(), request.id(), expert.id(),
                request.requesterOrganisationId(), request.poolOrganisationId(), offer.engagementForm()));
        if (active + 1 >= request.expertsNeeded()) {
            fill(request, now);
        }
        return assignment;
    }

    /** The expert says no, with an optional reason the pool's coordinators see. */
    @Transactional
    public void decline(UUID offerId, @Nullable String reason, CurrentUser expert) {
        Offer offer = ownOffer(offerId, expert);
        lock.lock(offer.requestId());
        offer = ownOffer(offerId, expert);
        checkAnswerable(offer, requests.byIdForProcessing(offer.requestId()));
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        Instant now = Instant.now(clock);
        offers.answer(offerId, OfferStatus.DECLINED, why, now);
        events.publishEvent(new OfferDeclined(offerId, offer.requestId(), expert.id(), why));
        backToMatchingIfNobodyLeft(offer.requestId(), now);
    }

    /** The expert's offers waiting for an answer, newest first. */
    @Transactional(readOnly = true)
    public List<OfferDetails> openOffersOf(CurrentUser expert) {
        return offers.openOfExpert(expert.id(), Instant.now(clock)).stream().map(this::details).toList();
    }

    /** One of the expert's own offers, whatever its status. */
    @Transactional(readOnly = true)
    public OfferDetails offer(UUID offerId, CurrentUser expert) {
        return details(ownOffer(offerId, expert));
    }

    /**
     * The content check of the assignment agreement that comes with one of the expert's offers, to show with the
     * offer and hand back on acceptance; null when the work needs no agreement.
     */
    @Transactional(readOnly = true)
    public @Nullable String agreementOffered(UUID offerId, CurrentUser expert) {
        return agreements.offered(details(ownOffer(offerId, expert)));
    }

    /** The offers of a request, oldest first, for the pool's coordinators. */
    @Transactional(readOnly = true)
    public List<OfferLine> offersOf(UUID requestId, CurrentUser coordinator) {
        coordinatorsRequest(requestId, coordinator);
        return offers.ofRequest(requestId).stream()
                .map(o -> new OfferLine(o, names.person(o.expertId())))
                .toList();
    }

    /** Closes open offers past their reply deadline; a request left without open offers goes back to matching. */
    @Transactional
    public int closeExpiredOffers() {
        Instant now = Instant.now(clock);
        int closed = 0;
        for (UUID requestId : offers.requestsWithExpiredOffers(now)) {
            lock.lock(requestId);
            List<UUID> experts = offers.expire(requestId, now);
            if (!experts.isEmpty()) {
                closed += experts.size();
                events.publishEvent(new OffersExpired(requestId, experts));
                backToMatchingIfNobodyLeft(requestId, now);
            }
        }
        return closed;
    }

    private void checkOffers(WorkRequest request, Collection<UUID> expertIds, Instant respondBy, CurrentUser coordinator) {
        if (!request.status().isOpen()) {
            throw OffersRefused.requestNotOpen();
        }
        if (expertIds.isEmpty()) {
            throw OffersRefused.noExperts();
        }
        if (!respondBy.isAfter(Instant.now(clock))) {
            throw OffersRefused.respondByInPast();
        }
        if (request.startsAt() != null && respondBy.isAfter(request.startsAt())) {
            throw OffersRefused.respondByAfterStart();
        }
        Set<UUID> poolExperts = pool.search(ExpertFilter.none(), coordinator).stream()
                .filter(ExpertSummary::accountActive)
                .map(ExpertSummary::id)
                .collect(Collectors.toSet());
        if (!poolExperts.containsAll(expertIds)) {
            throw OffersRefused.notInPool();
        }
        if (request.feeBasis() != FeeBasis.VOLUNTEER
                && expertIds.stream().anyMatch(pool.pausingFeeWorkOn(firstDay(request), coordinator)::contains)) {
            throw OffersRefused.volunteerWorkOnly();
        }
    }

    /** The engagement form of each expert's offer, checked against what the expert's profile and the request allow. */
    private Map<UUID, EngagementForm> formsOf(WorkRequest request, Collection<UUID> expertIds,
            Map<UUID, EngagementForm> chosen, CurrentUser coordinator) {
        Map<UUID, Set<EngagementForm>> profiles = pool.engagementFormsOf(expertIds, coordinator);
        Map<UUID, EngagementForm> forms = new HashMap<>();
        for (UUID expertId : expertIds) {
            List<EngagementForm> fitting = request.feeBasis().fittingAmong(profiles.getOrDefault(expertId, Set.of()));
            if (fitting.isEmpty()) {
                throw OffersRefused.noFittingEngagementForm();
            }
            EngagementForm form = chosen.getOrDefault(expertId, fitting.getFirst());
            if (!fitting.contains(form)) {
                throw OffersRefused.engagementFormDoesNotFit();
            }
            forms.put(expertId, form);
        }
        return forms;
    }

    /** The first day the work can be done, as matching sees it: the start in Helsinki, or the window's first day. */
    private static LocalDate firstDay(WorkRequest request) {
        return request.startsAt() != null ? request.startsAt().atZone(HELSINKI).toLocalDate()
                : Objects.requireNonNull(request.windowFrom());
    }

    private void checkAnswerable(Offer offer, WorkRequest request) {
        boolean filled = request.status() == RequestStatus.FILLED || request.status() == RequestStatus.DONE;
        if (offer.status() == OfferStatus.EXPIRED
                || offer.status() == OfferStatus.OPEN && offer.isPastDeadline(clock)) {
            throw OfferNotOpen.expired(offer.id());
        }
        if (filled && offer.status() != OfferStatus.DECLINED) {
            throw OfferNotOpen.filled(offer.id());
        }
        if (offer.status() != OfferStatus.OPEN || !request.status().isOpen()) {
            throw OfferNotOpen.closed(offer.id());
        }
    }

    private void add(Assignment assignment) {
        try {
            assignments.add(assignment);
        } catch (DataAccessException e) {
            if (AssignmentRecords.isClash(e)) {
                throw OfferNotOpen.clashes(assignment.offerId());
            }
            throw e;
        }
    }

    private void fill(WorkRequest request, Instant now) {
        requests.moveStatus(request.id(), OPEN, RequestStatus.FILLED);
        List<UUID> closed = offers.closeOpen(request.id(), now);
        List<UUID> experts = assignments.ofRequest(request.id()).stream()
                .filter(Assignment::isActive)
                .map(Assignment::expertId)
                .toList();
        events.publishEvent(new RequestFilled(request.id(), request.poolOrganisationId(),
                request.requesterOrganisationId(), experts));
        if (!closed.isEmpty()) {
            events.publishEvent(new OffersClosed(request.id(), closed));
        }
    }

    private void backToMatchingIfNobodyLeft(UUID requestId, Instant now) {
        WorkRequest request = requests.byIdForProcessing(requestId);
        if (offers.countOpen(requestId, now) == 0 && assignments.countActive(requestId) < request.expertsNeeded()) {
            requests.moveStatus(requestId, EnumSet.of(RequestStatus.OFFERED), RequestStatus.MATCHING);
        }
    }

    private Offer ownOffer(UUID offerId, CurrentUser expert) {
        return offers.byId(offerId)
                .filter(o -> expert.is(Role.EXPERT) && o.expertId().equals(expert.id()))
                .orElseThrow(() -> OfferNotFound.withId(offerId));
    }

    private WorkRequest coordinatorsRequest(UUID requestId, CurrentUser coordinator) {
        if (!coordinator.coordinates()) {
            throw RequestNotFound.withId(requestId);
        }
        return requests.get(requestId, coordinator);
    }

    private OfferDetails details(Offer offer) {
        WorkRequest request = requests.byIdForProcessing(offer.requestId());
        return new OfferDetails(offer, request, names.organisation(request.requesterOrganisationId()),
                offer.status() == OfferStatus.ACCEPTED ? assignments.ofOffer(offer.id()).map(Assignment::id).orElse(null)
                        : null);
    }
}
