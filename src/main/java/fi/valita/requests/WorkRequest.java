package fi.valita.requests;

import fi.valita.experts.TaskType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A requester's need for one or more experts. Either a fixed time ({@code startsAt}–{@code endsAt})
 * or a window of days to agree on; either on site (municipality, address) or remote.
 */
public record WorkRequest(
        UUID id,
        UUID poolOrganisationId,
        UUID requesterOrganisationId,
        @Nullable UUID requesterUnitId,
        UUID createdBy,
        String title,
        @Nullable String description,
        TaskType taskType,
        List<UUID> wantedAreas,
        AreasRule areasRule,
        @Nullable String targetGroup,
        @Nullable Integer audienceSize,
        String language,
        @Nullable Instant startsAt,
        @Nullable Instant endsAt,
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
        RequestStatus status,
        @Nullable String cancelReason,
        int version,
        Instant createdAt) {

    public boolean hasFixedTime() {
        return startsAt != null && endsAt != null;
    }

    /** The moment that makes the request urgent: its start, or the first day of its window. */
    public Instant urgencyKey(java.time.ZoneId zone) {
        if (startsAt != null) {
            return startsAt;
        }
        return windowFrom != null ? windowFrom.atStartOfDay(zone).toInstant() : createdAt;
    }
}
