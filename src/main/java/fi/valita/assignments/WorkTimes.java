package fi.valita.assignments;

import fi.valita.assignments.TimeProposal.Side;
import fi.valita.assignments.internal.AssignmentRecords;
import fi.valita.assignments.internal.RequestLock;
import fi.valita.assignments.internal.TimeProposals;
import fi.valita.identity.CurrentUser;
import fi.valita.requests.WorkRequest;
import fi.valita.requests.WorkRequests;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Agreeing the day and time of work asked for within a window of days. The expert or a requester of the ordering
 * organisation proposes a time within the window, and the other side confirms it; a coordinator of the pool may
 * set it directly. Once agreed, the assignment holds that time like work of a fixed time: the expert is booked (the
 * database's exclusion constraint refuses a clash with their other work, however many confirm at once), reminded
 * and sent a calendar file. Each step locks the request first, as every change to its assignments does (see
 * {@code RequestLock}), so that proposals and answers of one assignment happen one after another.
 */
@Service
public class WorkTimes {

    private final AssignmentRecords assignments;
    private final TimeProposals proposals;
    private final RequestLock lock;
    private final WorkRequests requests;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    WorkTimes(AssignmentRecords assignments, TimeProposals proposals, RequestLock lock, WorkRequests requests,
            ApplicationEventPublisher events, Clock clock) {
        this.assignments = assignments;
        this.proposals = proposals;
        this.lock = lock;
        this.requests = requests;
        this.events = events;
        this.clock = clock;
    }

    /** Where agreeing the time is, for those who see the assignment; empty for work with a fixed time. */
    @Transactional(readOnly = true)
    public Optional<WorkTimeState> state(UUID assignmentId, CurrentUser viewer) {
        Assignment a = visible(assignmentId, viewer);
        WorkRequest r = requests.byIdForProcessing(a.requestId());
        if (r.windowFrom() == null || r.windowTo() == null) {
            return Optional.empty();
        }
        return Optional.of(new WorkTimeState(r.windowFrom(), r.windowTo(), a.startsAt(), a.endsAt(),
                proposals.open(a.id()).orElse(null), sideOf(a, viewer), changeable(a, Instant.now(clock))));
    }

    /**
     * The expert or a requester proposes a time within the window, replacing any open proposal; refused when the
     * expert already has other work then.
     */
    @Transactional
    public TimeProposal propose(UUID assignmentId, Instant startsAt, Instant endsAt, CurrentUser user) {
        Assignment a = lockedToChange(assignmentId, user);
        Side side = sideOf(a, user);
        if (side == null || side == Side.COORDINATOR) {
            throw AssignmentRefused.notAParty();
        }
        Instant now = Instant.now(clock);
        checkTime(requests.byIdForProcessing(a.requestId()), startsAt, endsAt, now);
        if (assignments.hasOtherWork(a.expertId(), a.id(), startsAt, endsAt)) {
            throw AssignmentRefused.timeClashes();
        }
        proposals.replaceOpen(a.id(), user.id(), now);
        var proposal = new TimeProposal(UUID.randomUUID(), a.id(), startsAt, endsAt, side, user.id(), now);
        proposals.addOpen(proposal);
        events.publishEvent(new WorkTimeProposed(a.id(), a.requestId(), a.expertId(), side, startsAt, endsAt));
        return proposal;
    }

    /**
     * The other side (or a coordinator of the pool) confirms the open proposal it saw ({@code proposalId}): the
     * assignment gets that time.
     */
    @Transactional
    public Assignment confirm(UUID assignmentId, UUID proposalId, CurrentUser user) {
        Assignment a = lockedToChange(assignmentId, user);
        Side side = sideOf(a, user);
        TimeProposal open = proposals.open(a.id())
                .filter(p -> p.id().equals(proposalId))
                .orElseThrow(AssignmentRefused::proposalChanged);
        if (side == null) {
            throw AssignmentRefused.notAParty();
        }
        if (open.side() == side) {
            throw AssignmentRefused.ownProposal();
        }
        Instant now = Instant.now(clock);
        checkTime(requests.byIdForProcessing(a.requestId()), open.startsAt(), open.endsAt(), now);
        agree(a, open.startsAt(), open.endsAt());
        proposals.agreeOpen(a.id(), user.id(), now);
        return assignments.byId(a.id()).orElseThrow();
    }

    /** A coordinator of the pool sets the time directly; an open proposal is replaced by it. */
    @Transactional
    public Assignment set(UUID assignmentId, Instant startsAt, Instant endsAt, CurrentUser coordinator) {
        Assignment a = lockedToChange(assignmentId, coordinator);
        if (sideOf(a, coordinator) != Side.COORDINATOR) {
            throw AssignmentRefused.notAParty();
        }
        Instant now = Instant.now(clock);
        checkTime(requests.byIdForProcessing(a.requestId()), startsAt, endsAt, now);
        agree(a, startsAt, endsAt);
        proposals.replaceOpen(a.id(), coordinator.id(), now);
        proposals.addAgreed(new TimeProposal(UUID.randomUUID(), a.id(), startsAt, endsAt, Side.COORDINATOR,
                coordinator.id(), now));
        return assignments.byId(a.id()).orElseThrow();
    }

    /**
     * A proposed time is within the window of days of the request (in Helsinki), ends after it starts and has not
     * begun yet.
     */
    static void checkTime(WorkRequest r, Instant startsAt, Instant endsAt, Instant now) {
        if (r.windowFrom() == null || r.windowTo() == null) {
            throw AssignmentRefused.notAWindow();
        }
        if (!endsAt.isAfter(startsAt)) {
            throw AssignmentRefused.endBeforeStart();
        }
        if (startsAt.isBefore(now)) {
            throw AssignmentRefused.timeInPast();
        }
        LocalDate first = LocalDate.ofInstant(startsAt, WorkRules.HELSINKI);
        LocalDate last = LocalDate.ofInstant(endsAt.minusNanos(1), WorkRules.HELSINKI);
        if (first.isBefore(r.windowFrom()) || last.isAfter(r.windowTo())) {
            throw AssignmentRefused.outsideWindow();
        }
    }

    /** The time may change while the work is confirmed and an agreed time has not begun. */
    static boolean changeable(Assignment a, Instant now) {
        return a.status() == AssignmentStatus.CONFIRMED && (a.startsAt() == null || now.isBefore(a.startsAt()));
    }

    /** Sets the time in one update: a clash with the expert's other work is refused by the database. */
    private void agree(Assignment a, Instant startsAt, Instant endsAt) {
        try {
            if (!assignments.agreeTime(a.id(), startsAt, endsAt)) {
                throw AssignmentRefused.timeClosed();
            }
        } catch (DataAccessException e) {
            if (AssignmentRecords.isClash(e)) {
                throw AssignmentRefused.timeClashes();
            }
            throw e;
        }
        events.publishEvent(new WorkTimeAgreed(a.id(), a.requestId(), a.expertId(), startsAt, endsAt));
    }

    private Assignment lockedToChange(UUID assignmentId, CurrentUser user) {
        Assignment seen = visible(assignmentId, user);
        lock.lock(seen.requestId());
        Assignment a = assignments.byId(assignmentId).orElseThrow();
        if (requests.byIdForProcessing(a.requestId()).windowFrom() == null) {
            throw AssignmentRefused.notAWindow();
        }
        if (!changeable(a, Instant.now(clock))) {
            throw AssignmentRefused.timeClosed();
        }
        return a;
    }

    private static @Nullable Side sideOf(Assignment a, CurrentUser user) {
        if (WorkRules.isTheExpert(a, user)) {
            return Side.EXPERT;
        }
        if (WorkRules.isRequester(a, user)) {
            return Side.REQUESTER;
        }
        return WorkRules.isPoolCoordinator(a, user) ? Side.COORDINATOR : null;
    }

    private Assignment visible(UUID id, CurrentUser viewer) {
        return assignments.byId(id)
                .filter(a -> Assignments.maySee(a, viewer))
                .orElseThrow(() -> AssignmentNotFound.withId(id));
    }
}
