package fi.valita.api.web;

import fi.valita.experts.TaskType;
import fi.valita.requests.AreasRule;
import fi.valita.requests.FeeBasis;
import fi.valita.requests.RequestStatus;
import fi.valita.requests.WorkRequest;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A work request as its requester organisation and its pool's coordinators see it. */
@Schema(name = "WorkRequest")
record RequestJson(
        String id,
        RequestStatus status,
        String poolOrganisationId,
        String requesterOrganisationId,
        @Nullable String requesterUnitId,
        String title,
        @Nullable String description,
        TaskType taskType,
        List<String> wantedAreas,
        AreasRule areasRule,
        @Nullable String targetGroup,
        @Nullable Integer audienceSize,
        String language,
        @Nullable OffsetDateTime startsAt,
        @Nullable OffsetDateTime endsAt,
        @Nullable LocalDate windowFrom,
        @Nullable LocalDate windowTo,
        boolean remote,
        @Nullable String municipalityCode,
        @Nullable String address,
        @Nullable String remoteLink,
        int expertsNeeded,
        FeeBasis feeBasis,
        @Nullable Long agreedFeeCents,
        String contactName,
        @Nullable String contactPhone,
        @Nullable String contactEmail,
        @Nullable String notes,
        @Nullable String cancelReason,
        OffsetDateTime createdAt) {

    static RequestJson of(WorkRequest r) {
        return new RequestJson(OpaqueIds.of(r.id()), r.status(), OpaqueIds.of(r.poolOrganisationId()),
                OpaqueIds.of(r.requesterOrganisationId()), OpaqueIds.ofNullable(r.requesterUnitId()), r.title(),
                r.description(), r.taskType(), r.wantedAreas().stream().map(OpaqueIds::of).toList(), r.areasRule(),
                r.targetGroup(), r.audienceSize(), r.language(), ApiTimes.of(r.startsAt()), ApiTimes.of(r.endsAt()),
                r.windowFrom(), r.windowTo(), r.remote(), r.municipalityCode(), r.address(), r.remoteLink(),
                r.expertsNeeded(), r.feeBasis(), r.agreedFeeCents(), r.contactName(), r.contactPhone(), r.contactEmail(),
                r.notes(), r.cancelReason(), ApiTimes.at(r.createdAt()));
    }
}
