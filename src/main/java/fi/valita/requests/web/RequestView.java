package fi.valita.requests.web;

import fi.valita.requests.RequestStatus;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A work request as the pages show it: names and times in the user's language and zone.
 *
 * @param when "12.5.2026 09:00–11:00", or the window of days to agree on
 * @param where the municipality's name, or "remote"
 * @param requesterUnit the name of the requester organisation's unit the work is for, if it has units
 * @param age "received 2 days ago"
 * @param soon starts within a week and is not over or called off
 * @param cancellable still open or filled: the requester or the coordinator may call it off
 */
record RequestView(
        UUID id,
        String title,
        @Nullable String description,
        String taskType,
        List<String> wantedAreas,
        boolean allAreas,
        @Nullable String targetGroup,
        @Nullable Integer audienceSize,
        String language,
        String when,
        String where,
        boolean remote,
        @Nullable String address,
        @Nullable String remoteLink,
        int expertsNeeded,
        String fee,
        String contactName,
        @Nullable String contactPhone,
        @Nullable String contactEmail,
        @Nullable String notes,
        RequestStatus status,
        @Nullable String cancelReason,
        String requesterOrganisation,
        @Nullable String requesterUnit,
        String poolOrganisation,
        String received,
        String age,
        boolean soon,
        boolean cancellable) {

    public boolean open() {
        return status.isOpen();
    }
}
