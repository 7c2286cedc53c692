package fi.valita.api.web;

import fi.valita.assignments.AssignmentDetails;
import fi.valita.assignments.AssignmentStatus;
import fi.valita.experts.EngagementForm;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/** An assignment as its expert, the requester organisation and the pool's coordinators see it. */
@Schema(name = "Assignment")
record AssignmentJson(
        String id,
        AssignmentStatus status,
        String offerId,
        String expertId,
        String expertName,
        @Nullable OffsetDateTime startsAt,
        @Nullable OffsetDateTime endsAt,
        String contactName,
        @Nullable String contactPhone,
        @Nullable String cancelReason,
        OffsetDateTime createdAt,
        WorkJson work,
        @Schema(description = "The engagement form the work is done under; it decides what is paid") EngagementForm engagementForm) {

    static AssignmentJson of(AssignmentDetails d) {
        var a = d.assignment();
        return new AssignmentJson(OpaqueIds.of(a.id()), a.status(), OpaqueIds.of(a.offerId()),
                OpaqueIds.of(a.expertId()), d.expertName(), ApiTimes.of(a.startsAt()), ApiTimes.of(a.endsAt()),
                d.request().contactName(), d.request().contactPhone(), a.cancelReason(), ApiTimes.at(a.createdAt()),
                WorkJson.of(d.request(), d.requesterName()), a.engagementForm());
    }
}
