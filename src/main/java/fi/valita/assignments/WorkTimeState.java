package fi.valita.assignments;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Where agreeing the time of window-of-days work is, as one viewer sees it.
 *
 * @param agreedStart the agreed start, null until agreed
 * @param open the proposal waiting for an answer, if any
 * @param viewerSide the viewer's side of the work; null for anyone who only looks on
 * @param changeable whether the time may still be proposed or set: the work is confirmed and has not started
 */
public record WorkTimeState(LocalDate windowFrom, LocalDate windowTo, @Nullable Instant agreedStart,
        @Nullable Instant agreedEnd, @Nullable TimeProposal open, TimeProposal.@Nullable Side viewerSide,
        boolean changeable) {

    public boolean agreed() {
        return agreedStart != null;
    }

    /** The expert or the requester proposes; a coordinator sets the time instead. */
    public boolean mayPropose() {
        return changeable && (viewerSide == TimeProposal.Side.EXPERT || viewerSide == TimeProposal.Side.REQUESTER);
    }

    public boolean maySet() {
        return changeable && viewerSide == TimeProposal.Side.COORDINATOR;
    }

    /** The other side's open proposal: the viewer may confirm it (a coordinator any side's). */
    public boolean mayConfirm() {
        return changeable && open != null && viewerSide != null && open.side() != viewerSide;
    }

    public boolean ownProposal() {
        return open != null && open.side() == viewerSide;
    }
}
