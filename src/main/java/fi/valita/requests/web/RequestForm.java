package fi.valita.requests.web;

import fi.valita.identity.CurrentUser;
import fi.valita.requests.AreasRule;
import fi.valita.requests.FeeBasis;
import fi.valita.shared.Language;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A new work request as typed into the form. Everything that could fail to convert (numbers,
 * dates, times, sums, choices from lists) arrives as text and is read by {@link RequestFormReader},
 * so that a wrong or tampered value gets a message beside its field instead of breaking the page.
 *
 * @param timing {@code FIXED} (a date with start and end times) or {@code WINDOW} (days to agree on)
 * @param place {@code ON_SITE} or {@code REMOTE}
 * @param agreedSum euros, e.g. "150" or "150,50"
 */
record RequestForm(
        @Nullable String poolOrganisationId,
        @Nullable String requesterOrganisationId,
        @Nullable String requesterUnitId,
        @NotBlank @Size(max = 200) String title,
        @Nullable @Size(max = 4000) String description,
        @NotBlank String taskType,
        List<String> wantedAreas,
        @Nullable String areasRule,
        @Nullable @Size(max = 200) String targetGroup,
        @Nullable String audienceSize,
        @NotBlank String language,
        @Nullable String timing,
        @Nullable String date,
        @Nullable String startTime,
        @Nullable String endTime,
        @Nullable String windowFrom,
        @Nullable String windowTo,
        @Nullable String place,
        @Nullable String municipalityCode,
        @Nullable @Size(max = 300) String address,
        @Nullable @Size(max = 500) String remoteLink,
        @Nullable String expertsNeeded,
        @Nullable String feeBasis,
        @Nullable String agreedSum,
        @NotBlank @Size(max = 100) String contactName,
        @Nullable @Size(max = 40) String contactPhone,
        @Nullable @Email @Size(max = 254) String contactEmail,
        @Nullable @Size(max = 2000) String notes) {

    static final String FIXED = "FIXED";
    static final String WINDOW = "WINDOW";
    static final String ON_SITE = "ON_SITE";
    static final String REMOTE = "REMOTE";

    RequestForm {
        wantedAreas = wantedAreas == null ? List.of() : wantedAreas;
    }

    /**
     * An empty form: one expert, at a fixed time, on site, the organisation's rate, the user as the contact and
     * the user's own unit, if they have one.
     */
    static RequestForm startingFor(CurrentUser user, @Nullable UUID pool, @Nullable UUID unit, Locale locale) {
        String language = Language.isKnown(locale.getLanguage()) ? locale.getLanguage() : "fi";
        return new RequestForm(pool == null ? null : pool.toString(), user.organisationId().toString(),
                unit == null ? null : unit.toString(), "", null, "",
                List.of(), AreasRule.ANY.name(), null, null, language, FIXED, null, null, null, null, null, ON_SITE,
                null, null, null, "1", FeeBasis.ORGANISATION_RATE.name(), null, user.displayName(), null, user.email(),
                null);
    }

    boolean fixedTime() {
        return !WINDOW.equals(timing);
    }
}
