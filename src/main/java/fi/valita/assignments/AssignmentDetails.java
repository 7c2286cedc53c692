package fi.valita.assignments;

import fi.valita.requests.WorkRequest;
import java.time.Instant;

/** An assignment with the request it is for and the names of both sides. */
public record AssignmentDetails(Assignment assignment, WorkRequest request, String expertName, String requesterName) {

    /** When the work begins: the fixed start, or the first morning of the window of days. */
    public Instant workStarts() {
        return WorkRules.workStarts(assignment, request);
    }

    /**
     * Where the work stands for the pages: agreed and still ahead, agreed and begun (the expert can report
     * it), reported or confirmed done, or called off.
     */
    public WorkStage stage(Instant now) {
        return switch (assignment.status()) {
            case CANCELLED -> WorkStage.CANCELLED;
            case COMPLETED, APPROVED -> WorkStage.DONE;
            case CONFIRMED -> WorkRules.started(assignment, request, now) ? WorkStage.TO_REPORT : WorkStage.UPCOMING;
        };
    }
}
