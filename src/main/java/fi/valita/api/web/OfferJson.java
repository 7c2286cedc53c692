package fi.valita.api.web;

import fi.valita.assignments.OfferDetails;
import fi.valita.assignments.OfferStatus;
import fi.valita.experts.EngagementForm;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * An offer as its expert sees it.
 *
 * @param assignmentId the assignment made when the expert accepted, if they did
 */
@Schema(name = "Offer")
record OfferJson(
        String id,
        OfferStatus status,
        OffsetDateTime respondBy,
        OffsetDateTime createdAt,
        @Nullable OffsetDateTime answeredAt,
        @Nullable String declineReason,
        @Nullable String assignmentId,
        WorkJson work,
        @Schema(description = "The engagement form the work is done under; it decides what is paid") EngagementForm engagementForm) {

    static OfferJson of(OfferDetails d) {
        var o = d.offer();
        return new OfferJson(OpaqueIds.of(o.id()), o.status(), ApiTimes.at(o.respondBy()), ApiTimes.at(o.createdAt()),
                ApiTimes.of(o.answeredAt()), o.declineReason(), OpaqueIds.ofNullable(d.assignmentId()),
                WorkJson.of(d.request(), d.requesterName()), o.engagementForm());
    }
}
