package fi.valita.fees;

import fi.valita.fees.internal.FeeLineRecords;
import fi.valita.identity.CurrentUser;
import fi.valita.shared.Money;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The pool's coordinators review the fee lines made from approved work: approve them, or correct a
 * total with a reason kept in history. A line of another pool, or a user who is not a coordinator,
 * answers {@link FeeLineNotFound}.
 */
@Service
public class FeeLines {

    static final int MAX_REASON = 1_000;

    private final FeeLineRecords lines;
    private final Clock clock;

    FeeLines(FeeLineRecords lines, Clock clock) {
        this.lines = lines;
        this.clock = clock;
    }

    /** A draft line becomes approved for payment. */
    @Transactional
    public FeeLine approve(UUID lineId, CurrentUser coordinator) {
        FeeLine line = ofPool(lineId, coordinator);
        if (line.status() != FeeLineStatus.DRAFT) {
            throw FeeLineRefused.notDraft();
        }
        lines.approve(lineId, coordinator.id(), Instant.now(clock));
        return ofPool(lineId, coordinator);
    }

    /**
     * Sets a line's total, before it is exported; the old and new totals, the reason, who and when are
     * kept. An approved line stays approved.
     */
    @Transactional
    public FeeLine correct(UUID lineId, long newTotalCents, String reason, CurrentUser coordinator) {
        FeeLine line = ofPool(lineId, coordinator);
        String why = reason.strip();
        if (why.isEmpty() || why.length() > MAX_REASON) {
            throw FeeLineRefused.reasonMissing();
        }
        if (newTotalCents < 0) {
            throw FeeLineRefused.negativeTotal();
        }
        if (line.status() == FeeLineStatus.EXPORTED || line.status() == FeeLineStatus.PAID) {
            throw FeeLineRefused.alreadyExported();
        }
        lines.correct(lineId, line.total(), Money.ofCents(newTotalCents), why, coordinator.id(), Instant.now(clock));
        return ofPool(lineId, coordinator);
    }

    /** The lines of an assignment of the coordinator's pool, by kind. */
    @Transactional(readOnly = true)
    public List<FeeLine> ofAssignment(UUID assignmentId, CurrentUser coordinator) {
        requireCoordinator(coordinator, assignmentId);
        return lines.ofAssignment(assignmentId, coordinator.organisationId());
    }

    /** The corrections of a line of the coordinator's pool, oldest first. */
    @Transactional(readOnly = true)
    public List<FeeLineChange> history(UUID lineId, CurrentUser coordinator) {
        requireCoordinator(coordinator, lineId);
        lines.ofPool(lineId, coordinator.organisationId()).orElseThrow(() -> FeeLineNotFound.withId(lineId));
        return lines.changes(lineId);
    }

    private FeeLine ofPool(UUID lineId, CurrentUser coordinator) {
        requireCoordinator(coordinator, lineId);
        return lines.ofPoolForUpdate(lineId, coordinator.organisationId())
                .orElseThrow(() -> FeeLineNotFound.withId(lineId));
    }

    private static void requireCoordinator(CurrentUser user, UUID id) {
        if (!user.coordinates()) {
            throw FeeLineNotFound.withId(id);
        }
    }
}
