package fi.valita.experts.web;

import fi.valita.experts.ContactDetails;
import fi.valita.experts.ExpertProfile;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Name, contact details and where the expert lives and works. */
record ProfileContactForm(
        int version,
        @NotBlank @Size(max = 100) String displayName,
        @NotBlank @Email @Size(max = 254) String email,
        @Nullable @Pattern(regexp = PHONE) String phone,
        @Nullable String homeMunicipality,
        Set<String> languages,
        boolean worksRemotely,
        @Nullable @Min(0) @Max(1500) Integer travelKm) implements ProfileSectionForm<ProfileContactForm> {

    /** +358 40 123 4567, 040 1234567 and the like; empty is fine too. */
    static final String PHONE = "\\s*|\\s*\\+?[0-9][0-9 ]{4,19}\\s*";

    ProfileContactForm {
        displayName = displayName == null ? "" : displayName;
        email = email == null ? "" : email;
        phone = blankToNull(phone);
        homeMunicipality = blankToNull(homeMunicipality);
        languages = languages == null ? Set.of() : new LinkedHashSet<>(languages);
    }

    static ProfileContactForm of(ExpertProfile p) {
        return new ProfileContactForm(p.version(), p.displayName(), p.email(), p.phone(), p.homeMunicipality(),
                p.languages(), p.worksRemotely(), p.travelKm());
    }

    ContactDetails toContact() {
        return new ContactDetails(displayName.strip(), email.strip(), phone == null ? null : phone.strip(),
                homeMunicipality, languages, worksRemotely, travelKm);
    }

    @Override
    public ProfileContactForm withVersion(int version) {
        return new ProfileContactForm(version, displayName, email, phone, homeMunicipality, languages, worksRemotely,
                travelKm);
    }

    static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
