package fi.valita.assignments.web;

import fi.valita.assignments.AssignmentStatus;
import fi.valita.assignments.WorkStage;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One assignment on a page. */
record AssignmentCard(UUID id, AssignmentStatus status, String expert, WorkSummary work, String contact,
        @Nullable String contactPhone, @Nullable String cancelReason, WorkStage stage) {

    public boolean cancellable() {
        return status == AssignmentStatus.CONFIRMED;
    }
}
