package fi.valita.assignments;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Something a pool's coordinator should see to after an assignment: an expert wants a debrief, or
 * reported mistreatment. Derived from the assignments and reports not yet marked handled.
 *
 * @param id the assignment for a debrief, the report for a mistreatment report; with {@code kind} it
 *     names the task for {@link AfterWork#markHandled}
 * @param text the report's words; null for a debrief
 */
public record CoordinatorTask(Kind kind, UUID id, UUID assignmentId, String requestTitle, String expertName,
        @Nullable String text, Instant at) {

    public enum Kind {
        DEBRIEF,
        MISTREATMENT
    }
}
