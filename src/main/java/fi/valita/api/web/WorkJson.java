package fi.valita.api.web;

import fi.valita.experts.TaskType;
import fi.valita.requests.FeeBasis;
import fi.valita.requests.WorkRequest;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/** The work of an offer or an assignment: what, when, where, for whom and for what fee. */
@Schema(name = "Work")
record WorkJson(
        String requestId,
        String title,
        @Nullable String description,
        TaskType taskType,
        String language,
        @Nullable String targetGroup,
        @Nullable Integer audienceSize,
        @Nullable OffsetDateTime startsAt,
        @Nullable OffsetDateTime endsAt,
        @Nullable LocalDate windowFrom,
        @Nullable LocalDate windowTo,
        boolean remote,
        @Nullable String municipalityCode,
        @Nullable String address,
        String requesterName,
        FeeBasis feeBasis,
        @Nullable Long agreedFeeCents) {

    static WorkJson of(WorkRequest r, String requesterName) {
        return new WorkJson(OpaqueIds.of(r.id()), r.title(), r.description(), r.taskType(), r.language(),
                r.targetGroup(), r.audienceSize(), ApiTimes.of(r.startsAt()), ApiTimes.of(r.endsAt()), r.windowFrom(),
                r.windowTo(), r.remote(), r.municipalityCode(), r.remote() ? null : r.address(), requesterName,
                r.feeBasis(), r.agreedFeeCents());
    }
}
