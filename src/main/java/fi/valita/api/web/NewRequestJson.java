package fi.valita.api.web;

import fi.valita.experts.TaskType;
import fi.valita.requests.AreasRule;
import fi.valita.requests.FeeBasis;
import fi.valita.requests.NewWorkRequest;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A new work request, with the fields of {@link NewWorkRequest}. Either a fixed time
 * ({@code startsAt}–{@code endsAt}) or a window of days ({@code windowFrom}–{@code windowTo});
 * either on site ({@code municipalityCode}, {@code address}) or {@code remote}.
 *
 * @param poolOrganisationId may be left out when exactly one pool serves the requester's organisation
 *     (for a coordinator: their own pool)
 * @param requesterOrganisationId may be left out for the caller's own organisation
 * @param requesterUnitId the unit of the requester organisation the work is for: required when the organisation
 *     has units, left out when it has none; a unit of another organisation is refused
 * @param agreedFeeCents the agreed sum in cents, when {@code feeBasis} is {@code AGREED_SUM}
 */
@Schema(name = "NewWorkRequest")
record NewRequestJson(
        @Nullable String poolOrganisationId,
        @Nullable String requesterOrganisationId,
        @Nullable String requesterUnitId,
        @NotBlank @Size(min = 3, max = 200) String title,
        @Nullable @Size(max = 4000) String description,
        @NotNull TaskType taskType,
        @Schema(description = "Lived-experience areas of the pool's vocabulary; none when left out")
        @Nullable List<String> wantedAreas,
        @Schema(description = "How the wanted areas count; ANY when left out")
        @Nullable AreasRule areasRule,
        @Nullable @Size(max = 200) String targetGroup,
        @Nullable @Min(1) @Max(100_000) Integer audienceSize,
        @NotBlank String language,
        @Schema(description = "With endsAt, a fixed time; leave both out for a window of days")
        @Nullable OffsetDateTime startsAt,
        @Nullable OffsetDateTime endsAt,
        @Schema(description = "With windowTo, a window of days; leave both out for a fixed time")
        @Nullable LocalDate windowFrom,
        @Nullable LocalDate windowTo,
        @Schema(description = "Work done remotely (then remoteLink, not municipalityCode); false when left out")
        @Nullable Boolean remote,
        @Nullable String municipalityCode,
        @Nullable @Size(max = 300) String address,
        @Nullable @Size(max = 500) String remoteLink,
        @Schema(description = "How many experts the work needs; 1 when left out")
        @Nullable @Min(1) @Max(20) Integer expertsNeeded,
        @NotNull FeeBasis feeBasis,
        @Schema(description = "The agreed sum in cents; needed when feeBasis is AGREED_SUM")
        @Nullable Long agreedFeeCents,
        @NotBlank @Size(min = 2, max = 100) String contactName,
        @Nullable @Size(max = 40) String contactPhone,
        @Nullable @Email @Size(max = 254) String contactEmail,
        @Nullable @Size(max = 2000) String notes) {

    /** The request for the requests module; ids that cannot be read are listed in the problem. */
    NewWorkRequest toNewWorkRequest(UUID pool, UUID requesterOrganisation) {
        var errors = new InvalidInput.Collector();
        UUID unit = null;
        if (requesterUnitId != null) {
            unit = OpaqueIds.read(requesterUnitId).orElse(null);
            if (unit == null) {
                errors.reject("requesterUnitId", "Not a unit of the organisation.");
            }
        }
        List<UUID> areas = new ArrayList<>();
        List<String> wanted = wantedAreas == null ? List.of() : wantedAreas;
        for (int i = 0; i < wanted.size(); i++) {
            int index = i;
            OpaqueIds.read(wanted.get(i)).ifPresentOrElse(areas::add,
                    () -> errors.reject("wantedAreas[" + index + "]", "Not an experience area of the pool."));
        }
        errors.throwIfAny();
        boolean isRemote = Boolean.TRUE.equals(remote);
        return new NewWorkRequest(pool, requesterOrganisation, unit, title, description, taskType, areas,
                areasRule == null ? AreasRule.ANY : areasRule, targetGroup, audienceSize, language,
                startsAt == null ? null : startsAt.toInstant(), endsAt == null ? null : endsAt.toInstant(), windowFrom,
                windowTo, isRemote, municipalityCode, address, remoteLink, expertsNeeded == null ? 1 : expertsNeeded,
                feeBasis, agreedFeeCents, contactName, contactPhone, contactEmail, notes);
    }
}
