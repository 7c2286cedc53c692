package fi.valita.fees;

import fi.valita.fees.internal.FeeLineRecords;
import fi.valita.identity.CurrentUser;
import fi.valita.identity.Role;
import fi.valita.shared.Money;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The pool's coordinators review the fee lines made from approved work: approve them, or correct a
 * total with a reason kept in history; the expert may decline a fee. A line of another pool, or a user
 * who is not a coordinator, answers {@link FeeLineNotFound}. A change that names the version the
 * coordinator saw is refused ({@link FeeLineRefused#changedMeanwhile()}) when someone else changed the
 * line in between: the line is locked while it changes, so two changes at once never both apply. A draft of work
 * whose lines are held ({@link FeeHolds}) is refused approval with the hold's reason until it is released.
 */
@Service
public class FeeLines {

    static final int MAX_REASON = 1_000;

    private static final Set<FeeLineStatus> DECLINABLE = EnumSet.of(FeeLineStatus.DRAFT, FeeLineStatus.APPROVED);

    private final FeeLineRecords lines;
    private final FeeLedger ledger;
    private final List<FeeHolds> holds;
    private final Clock clock;

    FeeLines(FeeLineRecords lines, FeeLedger ledger, List<FeeHolds> holds, Clock clock) {
        this.lines = lines;
        this.ledger = ledger;
        this.holds = holds;
        this.clock = clock;
    }

    /** A draft line becomes approved for payment. */
    @Transactional
    public FeeLine approve(UUID lineId, CurrentUser coordinator) {
        return approve(lineId, null, coordinator);
    }

    /** A draft line becomes approved for payment, if nobody changed it since the coordinator saw {@code seenVersion}. */
    @Transactional
    public FeeLine approve(UUID lineId, @Nullable Integer seenVersion, CurrentUser coordinator) {
        FeeLineRevision seen = locked(lineId, coordinator);
        checkApprovable(seen, seenVersion);
        checkNotHeld(List.of(seen), coordinator);
        lines.approve(lineId, coordinator.id(), Instant.now(clock));
        return ofPool(lineId, coordinator);
    }

    /**
     * Approves every line named, each at the version the coordinator saw, all or nothing: when one of them
     * is no longer a draft of that version, none is approved.
     *
     * @return how many lines were approved
     */
    @Transactional
    public int approveAll(Map<UUID, Integer> seenVersions, CurrentUser coordinator) {
        requireCoordinator(coordinator, null);
        List<FeeLineRevision> found = lines.lockAll(seenVersions.keySet(), coordinator.organisationId());
        if (found.size() != seenVersions.size()) {
            throw FeeLineRefused.changedMeanwhile();
        }
        for (FeeLineRevision seen : found) {
            checkApprovable(seen, seenVersions.get(seen.line().id()));
        }
        checkNotHeld(found, coordinator);
        Instant now = Instant.now(clock);
        found.forEach(seen -> lines.approve(seen.line().id(), coordinator.id(), now));
        return found.size();
    }

    /**
     * Sets a line's total, before it is exported; the old and new totals, the reason, who and when are
     * kept. An approved line stays approved.
     */
    @Transactional
    public FeeLine correct(UUID lineId, long newTotalCents, String reason, CurrentUser coordinator) {
        return correct(lineId, null, newTotalCents, reason, coordinator);
    }

    /** Like {@link #correct(UUID, long, String, CurrentUser)}, if nobody changed the line since {@code seenVersion}. */
    @Transactional
    public FeeLine correct(UUID lineId, @Nullable Integer seenVersion, long newTotalCents, String reason,
            CurrentUser coordinator) {
        FeeLineRevision seen = locked(lineId, coordinator);
        String why = reason.strip();
        if (why.isEmpty() || why.length() > MAX_REASON) {
            throw FeeLineRefused.reasonMissing();
        }
        if (newTotalCents < 0) {
            throw FeeLineRefused.negativeTotal();
        }
        FeeLineStatus status = seen.line().status();
        if (status == FeeLineStatus.EXPORTED || status == FeeLineStatus.PAID) {
            throw FeeLineRefused.alreadyExported();
        }
        if (status == FeeLineStatus.DECLINED) {
            throw FeeLineRefused.declined();
        }
        checkVersion(seen, seenVersion);
        lines.correct(lineId, seen.line().total(), Money.ofCents(newTotalCents), why, coordinator.id(),
                Instant.now(clock));
        return ofPool(lineId, coordinator);
    }

    /**
     * The expert says no to the fee of their work, before it is exported; kilometre allowances and tickets
     * are not fees and are still paid. Declining twice changes nothing.
     */
    @Transactional
    public FeeLine decline(UUID lineId, CurrentUser expert) {
        FeeLine line = lines.ofExpertForUpdate(lineId, expert.id())
                .orElseThrow(() -> FeeLineNotFound.withId(lineId));
        if (line.status() == FeeLineStatus.DECLINED) {
            return line;
        }
        if (line.kind() != FeeLineKind.FEE || !DECLINABLE.contains(line.status())) {
            throw FeeLineRefused.notDeclinable();
        }
        lines.decline(lineId, Instant.now(clock));
        return lines.ofExpertForUpdate(lineId, expert.id()).orElseThrow();
    }

    /** The lines of an assignment of the coordinator's pool, by kind. */
    @Transactional(readOnly = true)
    public List<FeeLine> ofAssignment(UUID assignmentId, CurrentUser coordinator) {
        requireCoordinator(coordinator, assignmentId);
        return lines.ofAssignment(assignmentId, coordinator.organisationId());
    }

    /** The expert's own lines of one assignment, by kind; none of anyone else's. */
    @Transactional(readOnly = true)
    public List<FeeLine> ofMyWork(UUID assignmentId, CurrentUser expert) {
        return lines.ofExpert(assignmentId, expert.id());
    }

    /** The pool's lines for review, by work date, assignment and kind, each with the version to change it at. */
    @Transactional(readOnly = true)
    public List<FeeLineRevision> review(FeeLineFilter filter, CurrentUser coordinator) {
        requireCoordinator(coordinator, null);
        return lines.revisions(filter, coordinator.organisationId());
    }

    /** One line of the coordinator's pool with its version. */
    @Transactional(readOnly = true)
    public FeeLineRevision revision(UUID lineId, CurrentUser coordinator) {
        requireCoordinator(coordinator, lineId);
        return lines.revision(lineId, coordinator.organisationId(), false)
                .orElseThrow(() -> FeeLineNotFound.withId(lineId));
    }

    /**
     * The lines a user may list, of work done in the period: a coordinator's pool's, an expert's own.
     *
     * @param statuses the statuses wanted, every status when empty
     * @throws AccessDeniedException for anyone else (requesters)
     */
    @Transactional(readOnly = true)
    public List<FeeLine> visibleTo(CurrentUser user, Set<FeeLineStatus> statuses, LocalDate from, LocalDate to) {
        Set<FeeLineStatus> wanted = statuses.isEmpty() ? EnumSet.allOf(FeeLineStatus.class) : statuses;
        if (user.coordinates()) {
            return ledger.ofPool(user.organisationId(), wanted, from, to);
        }
        if (user.is(Role.EXPERT)) {
            return ledger.ofExpert(user.id(), from, to).stream().filter(l -> wanted.contains(l.status())).toList();
        }
        throw new AccessDeniedException("Only coordinators and experts have fee lines");
    }

    /**
     * The holds on the given assignments' fee lines, for the pool's coordinator or the work's expert: an assignment
     * whose draft lines cannot be approved yet, and why; one without a hold is not in the map.
     */
    @Transactional(readOnly = true)
    public Map<UUID, FeeHold> holds(Collection<UUID> assignmentIds, CurrentUser viewer) {
        Map<UUID, FeeHold> found = new HashMap<>();
        Set<UUID> ids = new HashSet<>(assignmentIds);
        holds.forEach(source -> source.on(ids, viewer).forEach(found::putIfAbsent));
        return found;
    }

    /** The corrections of a line of the coordinator's pool, oldest first. */
    @Transactional(readOnly = true)
    public List<FeeLineChange> history(UUID lineId, CurrentUser coordinator) {
        requireCoordinator(coordinator, lineId);
        lines.ofPool(lineId, coordinator.organisationId()).orElseThrow(() -> FeeLineNotFound.withId(lineId));
        return lines.changes(lineId);
    }

    private FeeLineRevision locked(UUID lineId, CurrentUser coordinator) {
        requireCoordinator(coordinator, lineId);
        return lines.revision(lineId, coordinator.organisationId(), true)
                .orElseThrow(() -> FeeLineNotFound.withId(lineId));
    }

    private FeeLine ofPool(UUID lineId, CurrentUser coordinator) {
        return lines.ofPool(lineId, coordinator.organisationId()).orElseThrow(() -> FeeLineNotFound.withId(lineId));
    }

    private static void checkApprovable(FeeLineRevision seen, @Nullable Integer seenVersion) {
        if (seen.line().status() == FeeLineStatus.DECLINED) {
            throw FeeLineRefused.declined();
        }
        if (seen.line().status() != FeeLineStatus.DRAFT) {
            throw FeeLineRefused.notDraft();
        }
        checkVersion(seen, seenVersion);
    }

    private void checkNotHeld(List<FeeLineRevision> seen, CurrentUser coordinator) {
        Map<UUID, FeeHold> held = holds(seen.stream().map(r -> r.line().assignmentId()).toList(), coordinator);
        if (!held.isEmpty()) {
            throw FeeLineRefused.held(held.values().iterator().next());
        }
    }

    private static void checkVersion(FeeLineRevision seen, @Nullable Integer seenVersion) {
        if (seenVersion != null && seen.version() != seenVersion) {
            throw FeeLineRefused.changedMeanwhile();
        }
    }

    private static void requireCoordinator(CurrentUser user, @Nullable UUID id) {
        if (!user.coordinates()) {
            throw id == null ? new AccessDeniedException("Only coordinators review fee lines") : FeeLineNotFound.withId(id);
        }
    }
}
