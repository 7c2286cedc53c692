package fi.valita.requests;

import fi.valita.experts.TaskType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What a requester (or a coordinator on their behalf) asks for.
 *
 * @param poolOrganisationId the pool asked; it must serve the requester organisation
 * @param requesterOrganisationId the organisation ordering (and paying)
 */
public record NewWorkRequest(
        UUID poolOrganisationId,
        UUID requesterOrganisationId,
        @Nullable UUID requesterUnitId,
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
        @Nullable String notes) {}
