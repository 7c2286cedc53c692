package fi.valita.experts.web;

import fi.valita.experts.ExperienceArea;
import fi.valita.experts.ExperienceRelation;
import fi.valita.experts.ExpertProfile;
import fi.valita.experts.LivedExperience;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The expert's lived experience, one row per area of the pool's vocabulary. An area ticked
 * neither "own" nor "close relative" is not theirs; "shared" lets the coordinator use it to find work.
 */
record ProfileExperienceForm(int version, List<Row> experiences) implements ProfileSectionForm<ProfileExperienceForm> {

    record Row(UUID areaId, boolean own, boolean closeRelative, boolean shared) {}

    ProfileExperienceForm {
        experiences = experiences == null ? List.of() : List.copyOf(experiences);
    }

    /** A row for every active area, and for any inactive area the expert still has, so nothing is lost on saving. */
    static ProfileExperienceForm of(ExpertProfile p, List<ExperienceArea> vocabulary) {
        List<Row> rows = vocabulary.stream()
                .filter(a -> a.active() || ProfileView.has(p, a.id(), null))
                .map(a -> new Row(a.id(), ProfileView.has(p, a.id(), ExperienceRelation.OWN),
                        ProfileView.has(p, a.id(), ExperienceRelation.CLOSE_RELATIVE), ProfileView.shared(p, a.id())))
                .toList();
        return new ProfileExperienceForm(p.version(), rows);
    }

    List<LivedExperience> toExperiences() {
        List<LivedExperience> experiences = new ArrayList<>();
        for (Row row : this.experiences) {
            if (row.own()) {
                experiences.add(new LivedExperience(row.areaId(), ExperienceRelation.OWN, row.shared()));
            }
            if (row.closeRelative()) {
                experiences.add(new LivedExperience(row.areaId(), ExperienceRelation.CLOSE_RELATIVE, row.shared()));
            }
        }
        return experiences;
    }

    @Override
    public ProfileExperienceForm withVersion(int version) {
        return new ProfileExperienceForm(version, experiences);
    }
}
