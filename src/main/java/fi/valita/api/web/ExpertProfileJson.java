package fi.valita.api.web;

import fi.valita.experts.EngagementForm;
import fi.valita.experts.ExperienceArea;
import fi.valita.experts.ExperienceRelation;
import fi.valita.experts.ExpertProfile;
import fi.valita.experts.LivedExperience;
import fi.valita.experts.TaskType;
import fi.valita.experts.Training;
import fi.valita.experts.TrainingKind;
import fi.valita.experts.WeeklySlot;
import fi.valita.shared.Municipalities;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * An expert's profile as the profile page shows it to their pool's coordinator, section by section.
 * Lived experience only as the page shows it: the areas of the pool's vocabulary the expert has marked,
 * and whether the expert lets coordinators use each one to find work.
 */
@Schema(name = "ExpertProfile")
record ExpertProfileJson(
        String id,
        String displayName,
        String email,
        @Nullable String phone,
        @Nullable String homeMunicipalityCode,
        @Schema(description = "The home municipality's name in the language of Accept-Language (fi or sv)")
        @Nullable String homeMunicipality,
        @Schema(description = "ISO 639 codes, e.g. fi, sv, se") List<String> languages,
        boolean worksRemotely,
        @Schema(description = "How far the expert travels for work; null when not told") @Nullable Integer travelKm,
        List<Experience> experiences,
        List<TaskType> taskTypes,
        List<EngagementForm> engagementForms,
        Availability availability,
        Presentation presentation,
        List<TrainingJson> trainings) {

    /** One lived-experience area the expert has marked: own, as a close relative, or both. */
    @Schema(name = "ExpertExperience")
    record Experience(String areaId, String code,
            @Schema(description = "The area's name in the language of Accept-Language") String name,
            boolean own, boolean closeRelative,
            @Schema(description = "The expert lets coordinators use this area to find work for them")
            boolean sharedForMatching) {}

    @Schema(name = "ExpertAvailability")
    record Availability(
            @Schema(description = "When the expert is usually free, in Finnish time") List<Slot> weekly,
            boolean onBreak, @Nullable LocalDate breakUntil,
            @Schema(description = "null: no limit") @Nullable Integer maxAssignmentsPerMonth,
            @Schema(description = "null: no limit") @Nullable Integer maxHoursPerWeek) {}

    @Schema(name = "WeeklySlot")
    record Slot(DayOfWeek day, LocalTime startsAt, LocalTime endsAt) {}

    @Schema(name = "ExpertPresentation", description = "What requesters see on the expert's public card")
    record Presentation(@Nullable String introduction, boolean visibleToRequesters, boolean showMunicipalityToRequesters) {}

    @Schema(name = "ExpertTraining")
    record TrainingJson(String id, TrainingKind kind, String name, @Nullable String provider, LocalDate completedOn,
            @Nullable LocalDate validUntil) {

        static TrainingJson of(Training t) {
            return new TrainingJson(OpaqueIds.of(t.id()), t.kind(), t.name(), t.provider(), t.completedOn(), t.validUntil());
        }
    }

    /** @param areas the vocabulary of the coordinator's pool, in its order */
    static ExpertProfileJson of(ExpertProfile p, List<ExperienceArea> areas, Municipalities municipalities, Locale locale) {
        return new ExpertProfileJson(OpaqueIds.of(p.id()), p.displayName(), p.email(), p.phone(), p.homeMunicipality(),
                ExpertListJson.municipalityName(p.homeMunicipality(), municipalities, locale),
                ExpertListJson.inLanguageOrder(p.languages()), p.worksRemotely(), p.travelKm(),
                experiences(p, areas, locale), p.taskTypes().stream().sorted().toList(),
                p.engagementForms().stream().sorted().toList(),
                new Availability(p.availability().stream()
                        .sorted(Comparator.comparing(WeeklySlot::day).thenComparing(WeeklySlot::startsAt))
                        .map(s -> new Slot(s.day(), s.startsAt(), s.endsAt())).toList(),
                        p.onBreak(), p.breakUntil(), p.maxAssignmentsPerMonth(), p.maxHoursPerWeek()),
                new Presentation(p.introduction(), p.visibleToRequesters(), p.showMunicipalityToRequesters()),
                p.trainings().stream().map(TrainingJson::of).toList());
    }

    private static List<Experience> experiences(ExpertProfile p, List<ExperienceArea> areas, Locale locale) {
        return areas.stream()
                .filter(a -> marked(p, a, e -> true))
                .map(a -> new Experience(OpaqueIds.of(a.id()), a.code(), a.name(locale),
                        marked(p, a, e -> e.relation() == ExperienceRelation.OWN),
                        marked(p, a, e -> e.relation() == ExperienceRelation.CLOSE_RELATIVE),
                        marked(p, a, LivedExperience::usableForMatching)))
                .toList();
    }

    private static boolean marked(ExpertProfile p, ExperienceArea area, Predicate<LivedExperience> which) {
        return p.experiences().stream().anyMatch(e -> e.areaId().equals(area.id()) && which.test(e));
    }
}
