package fi.valita.experts.web;

import fi.valita.experts.ExperienceArea;
import fi.valita.experts.ExperienceRelation;
import fi.valita.experts.ExpertProfile;
import fi.valita.experts.Training;
import fi.valita.experts.WeeklySlot;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A profile as the overview shows it, with names in the user's language.
 *
 * @param experiences only the areas the expert has marked, in the pool's order
 * @param week only the days that have times
 */
record ProfileView(
        ExpertProfile profile,
        @Nullable String municipality,
        List<String> languages,
        List<Experience> experiences,
        List<Day> week) {

    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    /** One lived-experience area of the expert: own, as a close relative, or both. */
    record Experience(UUID areaId, String name, boolean own, boolean closeRelative, boolean shared) {}

    record Day(DayOfWeek day, List<WeeklySlot> slots) {}

    static ProfileView of(ExpertProfile profile, List<ExperienceArea> areas, ProfileOptions options, Locale locale) {
        var languageNames = options.languages(locale);
        return new ProfileView(
                profile,
                options.municipalityName(profile.homeMunicipality(), locale),
                profile.languages().stream().map(code -> languageNames.getOrDefault(code, code)).toList(),
                areas.stream()
                        .filter(a -> has(profile, a.id(), null))
                        .map(a -> new Experience(a.id(), a.name(locale), has(profile, a.id(), ExperienceRelation.OWN),
                                has(profile, a.id(), ExperienceRelation.CLOSE_RELATIVE), shared(profile, a.id())))
                        .toList(),
                Arrays.stream(DayOfWeek.values())
                        .map(d -> new Day(d, profile.availability().stream().filter(s -> s.day() == d).toList()))
                        .filter(d -> !d.slots().isEmpty())
                        .toList());
    }

    static boolean has(ExpertProfile profile, UUID areaId, @Nullable ExperienceRelation relation) {
        return profile.experiences().stream()
                .anyMatch(e -> e.areaId().equals(areaId) && (relation == null || e.relation() == relation));
    }

    static boolean shared(ExpertProfile profile, UUID areaId) {
        return profile.experiences().stream()
                .anyMatch(e -> e.areaId().equals(areaId) && e.usableForMatching());
    }

    /** Whether the expert, as saved now, lets the area be used to find them work (only they change it). */
    public boolean shares(UUID areaId) {
        return shared(profile, areaId);
    }

    /** The day (in Helsinki) a training entry was confirmed, or null while it is self-declared. */
    public @Nullable LocalDate confirmedOn(Training training) {
        Training.Confirmation confirmation = training.confirmation();
        return confirmation == null ? null : confirmation.at().atZone(HELSINKI).toLocalDate();
    }

    /** Whether any area is kept from matching; the coordinator sees those marked. */
    public boolean anyNotShared() {
        return experiences.stream().anyMatch(e -> !e.shared());
    }
}
