package fi.valita.api.web;

import fi.valita.fees.FeeLine;
import fi.valita.fees.FeeLineKind;
import fi.valita.fees.FeeLineStatus;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;

/** One thing to pay an expert for an assignment; money in cents, as everywhere in the API. */
@Schema(name = "FeeLine")
record FeeLineJson(
        String id,
        String assignmentId,
        String expertId,
        String poolOrganisationId,
        String requesterOrganisationId,
        FeeLineKind kind,
        @Schema(description = "Hours, kilometres or 1") BigDecimal quantity,
        long unitCents,
        @Schema(description = "quantity × unitCents, unless a coordinator corrected it") long totalCents,
        FeeLineStatus status,
        LocalDate workDate) {

    static FeeLineJson of(FeeLine l) {
        return new FeeLineJson(OpaqueIds.of(l.id()), OpaqueIds.of(l.assignmentId()), OpaqueIds.of(l.expertId()),
                OpaqueIds.of(l.poolOrganisationId()), OpaqueIds.of(l.requesterOrganisationId()), l.kind(),
                l.quantity(), l.unitAmount().cents(), l.total().cents(), l.status(), l.workDate());
    }
}
