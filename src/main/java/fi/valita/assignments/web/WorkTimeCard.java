package fi.valita.assignments.web;

import fi.valita.assignments.WorkTimeState;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Agreeing the time of window-of-days work as the assignment's page shows it to one viewer.
 *
 * @param from the first day to choose from, in words
 * @param to the last day to choose from, in words
 * @param agreed the agreed time in words, null until agreed
 * @param proposal the open proposal's time in words, null when none is open
 * @param proposedBy the side that made the open proposal (EXPERT, REQUESTER), null when none is open
 * @param viewerSide the viewer's side (EXPERT, REQUESTER, COORDINATOR), null for anyone else
 */
record WorkTimeCard(String from, String to, @Nullable String agreed, @Nullable String proposal, @Nullable UUID proposalId,
        @Nullable String proposedBy, @Nullable String viewerSide, boolean mayPropose, boolean maySet,
        boolean mayConfirm, boolean ownProposal) {

    static WorkTimeCard of(WorkTimeState s, String from, String to, @Nullable String agreed,
            @Nullable String proposal) {
        var open = s.open();
        return new WorkTimeCard(from, to, agreed, proposal, open == null ? null : open.id(),
                open == null ? null : open.side().name(), s.viewerSide() == null ? null : s.viewerSide().name(),
                s.mayPropose(), s.maySet(), s.mayConfirm(), s.ownProposal());
    }
}
