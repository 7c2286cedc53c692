package fi.valita.assignments;

import fi.valita.assignments.internal.AssignmentRecords;
import fi.valita.assignments.internal.AssignmentRecords.Party;
import fi.valita.assignments.internal.Names;
import fi.valita.assignments.internal.OfferRecords;
import fi.valita.assignments.internal.RequestLock;
import fi.valita.identity.CurrentUser;
import fi.valita.identity.Role;
import fi.valita.requests.RequestStatus;
import fi.valita.requests.WorkRequest;
import fi.valita.requests.WorkRequestCancelled;
import fi.valita.requests.WorkRequestUnfilled;
import fi.valita.requests.WorkRequests;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assignments after acceptance: who sees them, and calling them off. An assignment is visible to
 * its expert, the requester organisation and the pool's coordinators; to anyone else it does not
 * exist.
 */
@Service
public class Assignments {

    private static final int MAX_REASON = 500;

    private final AssignmentRecords assignments;
    private final OfferRecords offers;
    private final RequestLock lock;
    private final WorkRequests requests;
    private final Names names;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Assignments(AssignmentRecords assignments, OfferRecords offers, RequestLock lock, WorkRequests requests, Names names,
            ApplicationEventPublisher events, Clock clock) {
        this.assignments = assignments;
        this.offers = offers;
        this.lock = lock;
        this.requests = requests;
        this.names = names;
        this.events = events;
        this.clock = clock;
    }

    /** The expert's own assignments; the requester organisation's or the pool's for the others. Latest first. */
    @Transactional(readOnly = true)
    public List<AssignmentDetails> mine(CurrentUser user) {
        List<Assignment> found;
        if (user.is(Role.EXPERT)) {
            found = assignments.where(Party.EXPERT, user.id());
        } else if (user.coordinates()) {
            found = assignments.where(Party.POOL, user.organisationId());
        } else {
            found = assignments.where(Party.REQUESTER, user.organisationId());
        }
        return found.stream().map(this::details).toList();
    }

    /** One assignment, for those who may see it. */
    @Transactional(readOnly = true)
    public AssignmentDetails get(UUID id, CurrentUser viewer) {
        return details(visible(id, viewer));
    }

    /** The assignments of a request, for its requester organisation and the pool's coordinators. */
    @Transactional(readOnly = true)
    public List<AssignmentDetails> ofRequest(UUID requestId, CurrentUser viewer) {
        requests.get(requestId, viewer);
        return assignments.ofRequest(requestId).stream().map(this::details).toList();
    }

    /**
     * The expert, the requester or the pool's coordinator calls the assignment off with a reason.
     * The expert's time is free again, and a filled request goes back to matching. Matching then leaves
     * the expert out of this request (the coordinator may still offer it to them again by hand).
     */
    @Transactional
    public void cancel(UUID id, String reason, CurrentUser user) {
        Assignment assignment = visible(id, user);
        if (reason.isBlank()) {
            throw AssignmentRefused.reasonMissing();
        }
        String why = clip(reason);
        lock.lock(assignment.requestId());
        if (!assignments.cancel(id, why, user.id(), Instant.now(clock))) {
            throw AssignmentRefused.notActive();
        }
        offers.assignmentCancelled(assignment.offerId());
        requests.moveStatus(assignment.requestId(), EnumSet.of(RequestStatus.FILLED), RequestStatus.MATCHING);
        events.publishEvent(new AssignmentCancelled(id, assignment.requestId(), assignment.expertId(),
                CancelledBy.of(user), why));
    }

    /** A request called off takes its assignments and open offers with it. */
    @ApplicationModuleListener
    void on(WorkRequestCancelled cancelled) {
        lock.lock(cancelled.requestId());
        String why = clip(cancelled.reason());
        for (Assignment a : assignments.confirmedOfRequest(cancelled.requestId())) {
            assignments.cancel(a.id(), why, null, Instant.now(clock));
            offers.assignmentCancelled(a.offerId());
            events.publishEvent(new AssignmentCancelled(a.id(), a.requestId(), a.expertId(), CancelledBy.REQUEST, why));
        }
        List<UUID> closed = offers.closeOpen(cancelled.requestId(), Instant.now(clock));
        if (!closed.isEmpty()) {
            events.publishEvent(new OffersClosed(cancelled.requestId(), closed));
        }
    }

    /** A request closed as unfilled: its open offers close (agreed assignments, if any, stay). */
    @EventListener
    void on(WorkRequestUnfilled unfilled) {
        lock.lock(unfilled.requestId());
        List<UUID> closed = offers.closeOpen(unfilled.requestId(), Instant.now(clock));
        if (!closed.isEmpty()) {
            events.publishEvent(new OffersClosed(unfilled.requestId(), closed));
        }
    }

    private Assignment visible(UUID id, CurrentUser viewer) {
        return assignments.byId(id)
                .filter(a -> maySee(a, viewer))
                .orElseThrow(() -> AssignmentNotFound.withId(id));
    }

    static boolean maySee(Assignment a, CurrentUser viewer) {
        if (viewer.is(Role.EXPERT)) {
            return a.expertId().equals(viewer.id());
        }
        if (viewer.coordinates()) {
            return a.poolOrganisationId().equals(viewer.organisationId());
        }
        return viewer.is(Role.REQUESTER) && a.requesterOrganisationId().equals(viewer.organisationId());
    }

    private static String clip(String reason) {
        String why = reason.strip();
        return why.length() > MAX_REASON ? why.substring(0, MAX_REASON) : why;
    }

    private AssignmentDetails details(Assignment a) {
        WorkRequest request = requests.byIdForProcessing(a.requestId());
        return new AssignmentDetails(a, request, names.person(a.expertId()),
                names.organisation(a.requesterOrganisationId()));
    }
}
