package fi.valita.assignments.web;

import fi.valita.assignments.AssignmentStatus;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One assignment on a page. */
record AssignmentCard(UUID id, AssignmentStatus status, String expert, WorkSummary work, String contact,
        @Nullable String contactPhone, @Nullable String cancelReason, boolean upcoming) {

    public boolean cancellable() {
        return status == AssignmentStatus.CONFIRMED;
    }
}
