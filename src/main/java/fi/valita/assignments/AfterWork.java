package fi.valita.assignments;

import fi.valita.assignments.internal.AssignmentRecords;
import fi.valita.assignments.internal.MistreatmentReports;
import fi.valita.assignments.internal.Names;
import fi.valita.assignments.internal.RequestLock;
import fi.valita.assignments.internal.WorkReports;
import fi.valita.identity.CurrentUser;
import fi.valita.requests.RequestStatus;
import fi.valita.requests.WorkRequest;
import fi.valita.requests.WorkRequests;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * After the work: the expert reports hours and travel and may ask for a debrief, the requester or the
 * pool's coordinator confirms, and the expert can report mistreatment to the coordinators. An
 * assignment the user may not see answers {@link AssignmentNotFound}; a step the user or the state
 * does not allow answers {@link AssignmentRefused}.
 */
@Service
public class AfterWork {

    static final int MAX_TRAVEL_KM = 5_000;
    static final long MAX_TRAVEL_COSTS_CENTS = 1_000_000;
    static final int MAX_REPORT = 2_000;

    private final AssignmentRecords assignments;
    private final WorkReports reports;
    private final MistreatmentReports mistreatment;
    private final RequestLock lock;
    private final WorkRequests requests;
    private final Names names;
    private final AgreementGate agreements;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AfterWork(AssignmentRecords assignments, WorkReports reports, MistreatmentReports mistreatment, RequestLock lock,
            WorkRequests requests, Names names, AgreementGate agreements, ApplicationEventPublisher events,
            Clock clock) {
        this.assignments = assignments;
        this.reports = reports;
        this.mistreatment = mistreatment;
        this.lock = lock;
        this.requests = requests;
        this.names = names;
        this.agreements = agreements;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The assignment's own expert reports the work done, once it has started (a fixed time at its
     * start, a window of days from its first day): hours worked (more than 0, at most 24 for each day
     * of work, to the hundredth), kilometres travelled and ticket costs in cents (null for none).
     * CONFIRMED becomes COMPLETED; the requester is asked to confirm.
     */
    @Transactional
    public WorkDone complete(UUID assignmentId, BigDecimal hours, int travelKm, @Nullable Long travelCostsCents,
            boolean debriefWanted, CurrentUser expert) {
        Assignment a = visible(assignmentId, expert);
        if (!WorkRules.isTheExpert(a, expert)) {
            throw AssignmentRefused.notTheExpert();
        }
        checkReportable(a);
        if (agreements.awaitsAcceptance(assignmentId, expert)) {
            throw AssignmentRefused.agreementNotAccepted();
        }
        checkFigures(a, hours, travelKm, travelCostsCents);
        Instant now = Instant.now(clock);
        if (!reports.complete(assignmentId, hours, travelKm, travelCostsCents, debriefWanted, now)) {
            throw AssignmentRefused.alreadyReported();
        }
        events.publishEvent(new AssignmentCompleted(a.id(), a.requestId(), a.expertId(), hours, travelKm,
                travelCostsCents));
        if (debriefWanted) {
            events.publishEvent(new DebriefRequested(a.id(), a.requestId(), a.expertId(), a.poolOrganisationId()));
        }
        return reports.of(assignmentId).orElseThrow();
    }

    /**
     * A requester of the requester organisation or a coordinator of the pool confirms the expert's
     * report: COMPLETED becomes APPROVED. When every assignment of a filled request is approved, the
     * request is DONE.
     */
    @Transactional
    public WorkDone confirm(UUID assignmentId, CurrentUser requesterOrCoordinator) {
        Assignment a = visible(assignmentId, requesterOrCoordinator);
        if (!WorkRules.mayConfirm(a, requesterOrCoordinator)) {
            throw AssignmentRefused.notAConfirmer();
        }
        lock.lock(a.requestId());
        if (!reports.approve(assignmentId, requesterOrCoordinator.id(), Instant.now(clock))) {
            throw AssignmentRefused.notReported();
        }
        WorkDone done = reports.of(assignmentId).orElseThrow();
        if (reports.allApproved(a.requestId())) {
            requests.moveStatus(a.requestId(), EnumSet.of(RequestStatus.FILLED), RequestStatus.DONE);
        }
        events.publishEvent(new AssignmentApproved(a.id(), a.requestId(), a.expertId(), done.hours(), done.travelKm(),
                done.travelCostsCents(), requesterOrCoordinator.id(), a.engagementForm()));
        return done;
    }

    /** The expert's report and its confirmation, once reported, for those who may see the assignment. */
    @Transactional(readOnly = true)
    public Optional<WorkDone> workDone(UUID assignmentId, CurrentUser viewer) {
        visible(assignmentId, viewer);
        return reports.of(assignmentId);
    }

    /** What the viewer can do about the work now: accept its agreement, report it, confirm it, or nothing. */
    @Transactional(readOnly = true)
    public NextStep nextStep(UUID assignmentId, CurrentUser viewer) {
        Assignment a = visible(assignmentId, viewer);
        if (a.status() == AssignmentStatus.CONFIRMED && WorkRules.isTheExpert(a, viewer)) {
            if (agreements.awaitsAcceptance(assignmentId, viewer)) {
                return NextStep.ACCEPT_AGREEMENT;
            }
            WorkRequest request = requests.byIdForProcessing(a.requestId());
            return WorkRules.started(a, request, Instant.now(clock)) ? NextStep.REPORT_WORK
                    : NextStep.REPORT_WORK_AFTER_START;
        }
        if (a.status() == AssignmentStatus.COMPLETED && WorkRules.mayConfirm(a, viewer)) {
            return NextStep.CONFIRM_WORK;
        }
        return NextStep.NONE;
    }

    /**
     * The assignment's own expert tells the pool's coordinators they were treated badly. Only those
     * coordinators read the words (in {@link #tasks}); e-mails only say a report was made. Any status.
     *
     * @return the report's id
     */
    @Transactional
    public UUID reportMistreatment(UUID assignmentId, String text, CurrentUser expert) {
        Assignment a = visible(assignmentId, expert);
        if (!WorkRules.isTheExpert(a, expert)) {
            throw AssignmentRefused.notTheExpert();
        }
        String words = text.strip();
        if (words.isEmpty()) {
            throw AssignmentRefused.textMissing("text");
        }
        if (words.length() > MAX_REPORT) {
            throw AssignmentRefused.textTooLong("text");
        }
        UUID id = UUID.randomUUID();
        mistreatment.add(id, a.id(), a.expertId(), words, Instant.now(clock));
        events.publishEvent(new MistreatmentReported(id, a.id(), a.requestId(), a.expertId(), a.poolOrganisationId()));
        return id;
    }

    /** The coordinator's pool's debriefs wanted and mistreatment reports not yet handled, oldest first. */
    @Transactional(readOnly = true)
    public List<CoordinatorTask> tasks(CurrentUser coordinator) {
        requireCoordinator(coordinator);
        return mistreatment.openTasks(coordinator.organisationId()).stream()
                .map(t -> new CoordinatorTask(CoordinatorTask.Kind.valueOf(t.kind()), t.id(), t.assignmentId(),
                        requests.byIdForProcessing(t.requestId()).title(), names.person(t.expertId()), t.text(), t.at()))
                .toList();
    }

    /**
     * The coordinator marks a task of their pool handled: a debrief (id = the assignment) or a report
     * (id = the report). A task of another pool, or one already handled, answers {@link AssignmentNotFound}.
     */
    @Transactional
    public void markHandled(CoordinatorTask.Kind kind, UUID id, CurrentUser coordinator) {
        requireCoordinator(coordinator);
        Instant now = Instant.now(clock);
        boolean marked = switch (kind) {
            case DEBRIEF -> reports.debriefHandled(id, coordinator.organisationId(), coordinator.id(), now);
            case MISTREATMENT -> mistreatment.handled(id, coordinator.organisationId(), coordinator.id(), now);
        };
        if (!marked) {
            throw AssignmentNotFound.withId(id);
        }
    }

    private void checkReportable(Assignment a) {
        if (a.status() == AssignmentStatus.CANCELLED) {
            throw AssignmentRefused.notActive();
        }
        if (a.status() != AssignmentStatus.CONFIRMED) {
            throw AssignmentRefused.alreadyReported();
        }
        if (!WorkRules.started(a, requests.byIdForProcessing(a.requestId()), Instant.now(clock))) {
            throw AssignmentRefused.notStarted();
        }
    }

    /**
     * What is wrong with the figures of a work report, each for its own field; a figure not given
     * (null) is not checked. The report form shows these together with its other mistakes.
     */
    @Transactional(readOnly = true)
    public List<AssignmentRefused> figureRefusals(UUID assignmentId, @Nullable BigDecimal hours,
            @Nullable Integer travelKm, @Nullable Long travelCostsCents, CurrentUser expert) {
        return figureRefusals(visible(assignmentId, expert), hours, travelKm, travelCostsCents);
    }

    private static void checkFigures(Assignment a, BigDecimal hours, int travelKm, @Nullable Long travelCostsCents) {
        List<AssignmentRefused> refusals = figureRefusals(a, hours, travelKm, travelCostsCents);
        if (!refusals.isEmpty()) {
            throw refusals.getFirst();
        }
    }

    private static List<AssignmentRefused> figureRefusals(Assignment a, @Nullable BigDecimal hours,
            @Nullable Integer travelKm, @Nullable Long travelCostsCents) {
        List<AssignmentRefused> refusals = new ArrayList<>();
        if (hours != null && !WorkRules.hoursAllowed(hours, a)) {
            refusals.add(AssignmentRefused.hoursOutOfRange());
        }
        if (travelKm != null && (travelKm < 0 || travelKm > MAX_TRAVEL_KM)) {
            refusals.add(AssignmentRefused.travelOutOfRange("travelKm"));
        }
        if (travelCostsCents != null && (travelCostsCents < 0 || travelCostsCents > MAX_TRAVEL_COSTS_CENTS)) {
            refusals.add(AssignmentRefused.travelOutOfRange("tickets"));
        }
        return refusals;
    }

    private static void requireCoordinator(CurrentUser user) {
        if (!user.coordinates()) {
            throw new AccessDeniedException("Only coordinators see the pool's tasks");
        }
    }

    private Assignment visible(UUID id, CurrentUser viewer) {
        return assignments.byId(id)
                .filter(a -> Assignments.maySee(a, viewer))
                .orElseThrow(() -> AssignmentNotFound.withId(id));
    }
}
