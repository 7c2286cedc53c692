package fi.valita.pages;

import fi.valita.experts.Availability;
import fi.valita.experts.ContactDetails;
import fi.valita.experts.EngagementForm;
import fi.valita.experts.ExperienceArea;
import fi.valita.experts.ExperienceRelation;
import fi.valita.experts.ExperienceVocabulary;
import fi.valita.experts.ExpertPool;
import fi.valita.experts.LivedExperience;
import fi.valita.experts.NewTraining;
import fi.valita.experts.PublicPresentation;
import fi.valita.experts.TaskType;
import fi.valita.experts.TrainingKind;
import fi.valita.experts.WeeklySlot;
import fi.valita.experts.WorkPreferences;
import fi.valita.identity.CurrentUser;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A profile with something in every section: every task type, engagement form and kind of training. */
record GuardProfiles(ExpertPool pool, ExperienceVocabulary vocabulary) {

    /** Fills in the expert's whole profile; returns an experience area of the pool. */
    UUID fillIn(CurrentUser expert, CurrentUser coordinator) {
        List<ExperienceArea> areas = vocabulary.of(coordinator);
        pool.changeContact(expert.id(), version(expert), new ContactDetails(expert.displayName(), expert.email(),
                "+358 40 123 4567", "091", Set.of("fi", "sv", "en", "se"), true, 60), expert);
        pool.changeWork(expert.id(), version(expert), new WorkPreferences(EnumSet.allOf(TaskType.class),
                EnumSet.allOf(EngagementForm.class)), expert);
        pool.changePresentation(expert.id(), version(expert),
                new PublicPresentation("Kerron toipumisesta ja siitä, mikä auttoi minua.", true, true), expert);
        pool.changeAvailability(expert.id(), version(expert), new Availability(List.of(
                new WeeklySlot(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(12, 0)),
                new WeeklySlot(DayOfWeek.THURSDAY, LocalTime.of(10, 15), LocalTime.of(15, 45))),
                false, null, 4, 12), expert);
        pool.changeExperiences(expert.id(), version(expert), List.of(
                new LivedExperience(areas.get(0).id(), ExperienceRelation.OWN, true),
                new LivedExperience(areas.get(1).id(), ExperienceRelation.CLOSE_RELATIVE, false)), expert);
        LocalDate completed = LocalDate.now(PageFixture.HELSINKI).minusYears(1);
        for (TrainingKind kind : TrainingKind.values()) {
            pool.addTraining(expert.id(), version(expert), new NewTraining(kind, "Koulutus " + (kind.ordinal() + 1),
                    "Vartti ry", completed, kind == TrainingKind.FIRST_AID ? completed.plusYears(3) : null), expert);
        }
        return areas.getFirst().id();
    }

    /**
     * A coordinator of the pool confirms the expert's expert-by-experience training; the other entries stay the
     * expert's own word. Returns the confirmed entry.
     */
    UUID confirmExpertTraining(CurrentUser expert, CurrentUser coordinator) {
        var profile = pool.profile(expert.id(), coordinator);
        UUID training = profile.trainings().stream().filter(t -> t.kind() == TrainingKind.EXPERT_TRAINING)
                .findFirst().orElseThrow().id();
        pool.confirmTraining(expert.id(), profile.version(), training, coordinator);
        return training;
    }

    /** The expert is on a break until the day. */
    void onBreak(CurrentUser expert, LocalDate until) {
        pool.changeAvailability(expert.id(), version(expert), new Availability(List.of(), true, until, null, null),
                expert);
    }

    private int version(CurrentUser expert) {
        return pool.profile(expert.id(), expert).version();
    }
}
