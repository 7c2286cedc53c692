package fi.valita.experts.web;

import fi.valita.experts.ExpertProfile;
import fi.valita.experts.PublicPresentation;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** What requesters see of the expert: a short introduction, and whether they see the expert at all. */
record ProfilePresentationForm(
        int version,
        @Nullable @Size(max = 1000) String introduction,
        boolean visibleToRequesters,
        boolean showMunicipalityToRequesters) implements ProfileSectionForm<ProfilePresentationForm> {

    ProfilePresentationForm {
        introduction = introduction == null || introduction.isBlank() ? null : introduction.strip().replace("\r\n", "\n");
    }

    static ProfilePresentationForm of(ExpertProfile p) {
        return new ProfilePresentationForm(p.version(), p.introduction(), p.visibleToRequesters(),
                p.showMunicipalityToRequesters());
    }

    PublicPresentation toPresentation() {
        return new PublicPresentation(introduction, visibleToRequesters, showMunicipalityToRequesters);
    }

    @Override
    public ProfilePresentationForm withVersion(int version) {
        return new ProfilePresentationForm(version, introduction, visibleToRequesters, showMunicipalityToRequesters);
    }
}
