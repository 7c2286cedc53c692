package fi.valita.experts.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import fi.valita.ErrorSummary;
import fi.valita.TestPools;
import fi.valita.ValitaTest;
import fi.valita.experts.EngagementForm;
import fi.valita.experts.ExperienceRelation;
import fi.valita.experts.ExpertPool;
import fi.valita.experts.LivedExperience;
import fi.valita.experts.TaskType;
import fi.valita.experts.TrainingKind;
import fi.valita.experts.WeeklySlot;
import fi.valita.identity.CurrentUser;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;

/** The expert keeps each section of their own profile up to date. */
@ValitaTest
class ProfileSectionsTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestPools pools;

    @Autowired
    ExpertPool pool;

    @Test
    void expertSeesTheirProfileInSectionsEachWithAnEditLink() {
        var me = pools.ngoPool("Overview NGO").expert();

        assertThat(mvc.get().uri("/me/profile").with(user(me)).header("Accept-Language", "en")).hasStatusOk().bodyText()
                .contains("My profile", "Contact details and where I work", "My lived experience", "Work I want to do",
                        "When I can work", "My introduction", "Trainings and certificates", "Requesters never see it")
                .contains("href=\"/me/profile/contact\"", "href=\"/me/profile/experience\"", "href=\"/me/profile/work\"",
                        "href=\"/me/profile/availability\"", "href=\"/me/profile/presentation\"",
                        "href=\"/me/profile/trainings\"");
    }

    @Test
    void everyPageIsCompleteInFinnishAndSwedish() {
        var me = pools.ngoPool("Languages NGO").expert();
        for (String section : new String[] {"", "/contact", "/experience", "/work", "/availability", "/presentation",
                "/trainings"}) {
            for (String lang : new String[] {"fi", "sv", "en"}) {
                assertThat(mvc.get().uri("/me/profile" + section + "?lang=" + lang).with(user(me)))
                        .hasStatusOk().bodyText().doesNotContain("??");
            }
        }
        assertThat(mvc.get().uri("/me/profile/presentation?lang=fi").with(user(me))).bodyText()
                .contains("Kerro lyhyesti itsestäsi");
        assertThat(mvc.get().uri("/me/profile/presentation?lang=sv").with(user(me))).bodyText()
                .contains("Berätta kort om dig själv");
    }

    @Test
    void expertChoosesTheWorkTheyWant() {
        var me = pools.ngoPool("Work NGO").expert();

        assertThat(post(me, "/me/profile/work").param("taskTypes", "TEACHING", "LOBBY_PRESENCE").param("_taskTypes", "on")
                .param("engagementForms", "VOLUNTEER").param("_engagementForms", "on"))
                .hasStatus3xxRedirection().hasRedirectedUrl("/me/profile").flash().containsEntry("saved", true);

        var saved = pool.profile(me.id(), me);
        assertThat(saved.taskTypes()).containsExactlyInAnyOrder(TaskType.TEACHING, TaskType.LOBBY_PRESENCE);
        assertThat(saved.engagementForms()).containsExactly(EngagementForm.VOLUNTEER);
        assertThat(mvc.get().uri("/me/profile").with(user(me)).header("Accept-Language", "en").flashAttr("saved", true))
                .bodyText().contains("Saved.", "Teaching students or professionals", "Volunteer work");
    }

    @Test
    void tickedBoxesShowTheirTickBecauseEachLabelFollowsItsBox() {
        var me = pools.ngoPool("Ticks NGO").expert();
        post(me, "/me/profile/work").param("taskTypes", "TEACHING").param("_taskTypes", "on")
                .param("_engagementForms", "on").exchange();
        post(me, "/me/profile/presentation").param("_visibleToRequesters", "on").param("visibleToRequesters", "true")
                .param("_showMunicipalityToRequesters", "on").exchange();

        for (String section : new String[] {"/work", "/presentation", "/contact", "/experience", "/availability"}) {
            assertThat(mvc.get().uri("/me/profile" + section).with(user(me))).bodyText()
                    .doesNotContainPattern("type=\"checkbox\"[^>]*>\\s*<input type=\"hidden\"");
        }
        assertThat(mvc.get().uri("/me/profile/work").with(user(me))).bodyText()
                .containsPattern("value=\"TEACHING\"\\s+checked=\"checked\">\\s*<label");
    }

    @Test
    void expertWritesAnIntroductionAndHidesTheirCardFromRequesters() {
        var me = pools.ngoPool("Intro NGO").expert();

        assertThat(post(me, "/me/profile/presentation").param("introduction", "I have walked this road.\r\nAsk me.")
                .param("_visibleToRequesters", "on").param("showMunicipalityToRequesters", "true")
                .param("_showMunicipalityToRequesters", "on"))
                .hasStatus3xxRedirection();

        var saved = pool.profile(me.id(), me);
        assertThat(saved.introduction()).isEqualTo("I have walked this road.\nAsk me.");
        assertThat(saved.visibleToRequesters()).isFalse();
        assertThat(saved.showMunicipalityToRequesters()).isTrue();
    }

    @Test
    void introductionLongerThanAThousandCharactersIsRefused() {
        var me = pools.ngoPool("Long NGO").expert();

        assertThat(post(me, "/me/profile/presentation").param("introduction", "a".repeat(1001))
                .param("_visibleToRequesters", "on").param("_showMunicipalityToRequesters", "on"))
                .hasStatusOk().bodyText().contains("id=\"introduction-error\"");
        assertThat(pool.profile(me.id(), me).introduction()).isNull();
    }

    @Test
    void expertMarksLivedExperienceAndWhatTheCoordinatorMayUse() {
        var ngo = pools.ngoPool("Experience NGO");
        var me = ngo.expert();
        var areas = pool.areasOf(me);

        assertThat(mvc.get().uri("/me/profile/experience").with(user(me)).header("Accept-Language", "en")).hasStatusOk()
                .bodyText().contains(areas.getFirst().nameEn(), "My coordinator may use this to find me work",
                        "Requesters never see it");
        assertThat(post(me, "/me/profile/experience")
                .param("experiences[0].areaId", areas.get(0).id().toString())
                .param("experiences[0].own", "true").param("_experiences[0].own", "on")
                .param("experiences[0].closeRelative", "true").param("_experiences[0].closeRelative", "on")
                .param("experiences[0].shared", "true").param("_experiences[0].shared", "on")
                .param("experiences[1].areaId", areas.get(1).id().toString())
                .param("experiences[1].own", "true").param("_experiences[1].own", "on")
                .param("_experiences[1].closeRelative", "on").param("_experiences[1].shared", "on")
                .param("experiences[2].areaId", areas.get(2).id().toString())
                .param("_experiences[2].own", "on").param("_experiences[2].closeRelative", "on")
                .param("experiences[2].shared", "true").param("_experiences[2].shared", "on"))
                .hasStatus3xxRedirection();

        assertThat(pool.profile(me.id(), me).experiences()).containsExactlyInAnyOrder(
                new LivedExperience(areas.get(0).id(), ExperienceRelation.OWN, true),
                new LivedExperience(areas.get(0).id(), ExperienceRelation.CLOSE_RELATIVE, true),
                new LivedExperience(areas.get(1).id(), ExperienceRelation.OWN, false));
        assertThat(mvc.get().uri("/experts/" + me.id() + "/profile").with(user(ngo.coordinator()))
                .header("Accept-Language", "en")).bodyText()
                .contains(areas.get(1).nameEn() + "</strong>", "Not shared for finding work")
                .doesNotContain(areas.get(2).nameEn());
    }

    @Test
    void expertSetsWeeklyTimesABreakAndLimits() {
        var me = pools.ngoPool("Week NGO").expert();
        var breakEnds = LocalDate.now().plusDays(30);

        assertThat(availability(me, "09:00", "12:00").param("weekly[1].day", "MONDAY")
                .param("weekly[1].startsAt", "13:00").param("weekly[1].endsAt", "15:30")
                .param("weekly[2].day", "TUESDAY").param("weekly[2].startsAt", "").param("weekly[2].endsAt", "")
                .param("onBreak", "true").param("breakUntil", breakEnds.toString())
                .param("maxAssignmentsPerMonth", "4").param("maxHoursPerWeek", "10"))
                .hasStatus3xxRedirection();

        var saved = pool.profile(me.id(), me);
        assertThat(saved.availability()).containsExactly(
                new WeeklySlot(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(12, 0)),
                new WeeklySlot(DayOfWeek.MONDAY, LocalTime.of(13, 0), LocalTime.of(15, 30)));
        assertThat(saved.onBreak()).isTrue();
        assertThat(saved.breakUntil()).isEqualTo(breakEnds);
        assertThat(saved.maxAssignmentsPerMonth()).isEqualTo(4);
        assertThat(saved.maxHoursPerWeek()).isEqualTo(10);
        assertThat(mvc.get().uri("/me/profile/availability").with(user(me))).bodyText()
                .contains("value=\"09:00\"", "value=\"15:30\"");
    }

    @Test
    void endBeforeStartIsShownBesideTheEndTimeAndNothingIsSaved() {
        var me = pools.ngoPool("Backwards NGO").expert();

        assertThat(availability(me, "12:00", "09:00")).hasStatusOk().bodyText()
                .contains("id=\"weekly[0].endsAt-error\"", "The end time must be after the start time.",
                        "href=\"#weekly[0].endsAt\"", "value=\"12:00\"");
        assertThat(availability(me, "12:00", "")).hasStatusOk().bodyText()
                .contains("Give both the start and the end time.");
        assertThat(pool.profile(me.id(), me).availability()).isEmpty();
    }

    @Test
    void overlappingTimesAreShownAtTheWeekAndNothingIsSaved() {
        var me = pools.ngoPool("Overlap NGO").expert();

        assertThat(availability(me, "09:00", "12:00").param("weekly[1].day", "MONDAY")
                .param("weekly[1].startsAt", "11:00").param("weekly[1].endsAt", "13:00"))
                .hasStatusOk().bodyText().contains("id=\"weekly-error\"", "Two times on the same day overlap.");
        assertThat(pool.profile(me.id(), me).availability()).isEmpty();
    }

    @Test
    void overlappingTimesComeWithAnotherMistakeAndAnEmptyEndIsNamedByItsDay() {
        var me = pools.ngoPool("Week Round NGO").expert();

        var result = availability(me, "09:00", "12:00").param("weekly[1].day", "MONDAY")
                .param("weekly[1].startsAt", "11:00").param("weekly[1].endsAt", "13:00")
                .param("weekly[2].day", "TUESDAY").param("weekly[2].startsAt", "10:00").param("weekly[2].endsAt", "")
                .param("maxHoursPerWeek", "kymmenen").exchange();

        assertThat(result).hasStatusOk().bodyText().contains("id=\"weekly-error\"", "value=\"kymmenen\"");
        var summary = ErrorSummary.of(result);
        assertThat(summary.fields()).containsExactly("weekly", "weekly[2].endsAt", "maxHoursPerWeek");
        assertThat(summary.texts().get(1)).isEqualTo("Tuesday – To: give both the start and the end time.");
        assertThat(pool.profile(me.id(), me).availability()).isEmpty();
    }

    @Test
    void limitsAreReadWithTheirUnits() {
        var me = pools.ngoPool("Limit Units NGO").expert();

        assertThat(availability(me, "09:00", "12:00").param("maxAssignmentsPerMonth", "4 krt")
                .param("maxHoursPerWeek", "10 h")).hasStatus3xxRedirection();

        assertThat(pool.profile(me.id(), me).maxHoursPerWeek()).isEqualTo(10);
        assertThat(pool.profile(me.id(), me).maxAssignmentsPerMonth()).isEqualTo(4);
    }

    @Test
    void expertAddsATrainingAndRemovesIt() {
        var me = pools.ngoPool("Training NGO").expert();

        assertThat(mvc.get().uri("/me/profile/trainings").with(user(me)).header("Accept-Language", "en"))
                .hasStatusOk().bodyText().contains("No trainings yet.", "Add a training");
        assertThat(training(me, "2025-05-20", "2028-05-20")).hasStatus3xxRedirection().hasRedirectedUrl("/me/profile");
        var saved = pool.profile(me.id(), me);
        assertThat(saved.trainings()).singleElement().satisfies(t -> {
            assertThat(t.kind()).isEqualTo(TrainingKind.FIRST_AID);
            assertThat(t.name()).isEqualTo("EA1");
            assertThat(t.validUntil()).isEqualTo(LocalDate.of(2028, 5, 20));
        });
        assertThat(mvc.get().uri("/me/profile/trainings").with(user(me)).header("Accept-Language", "en")).bodyText()
                .contains("EA1", "Remove the training EA1 from the profile?", "Yes, remove");

        var trainingId = saved.trainings().getFirst().id();
        assertThat(mvc.post().uri("/me/profile/trainings/" + trainingId + "/remove").with(user(me)).with(csrf())
                .param("version", String.valueOf(saved.version())))
                .hasStatus3xxRedirection().hasRedirectedUrl("/me/profile");
        assertThat(pool.profile(me.id(), me).trainings()).isEmpty();
    }

    @Test
    void daysOfATrainingAreReadAsFinnsWriteThemAndAnUnreadableOneAsksForThatForm() {
        var me = pools.ngoPool("Finnish days NGO").expert();

        assertThat(training(me, "20.5.2025", "20.05.2028")).hasStatus3xxRedirection();
        assertThat(pool.profile(me.id(), me).trainings()).singleElement()
                .satisfies(t -> assertThat(t.completedOn()).isEqualTo(LocalDate.of(2025, 5, 20)))
                .satisfies(t -> assertThat(t.validUntil()).isEqualTo(LocalDate.of(2028, 5, 20)));
        assertThat(training(me, "in May", "")).hasStatusOk().bodyText()
                .contains("id=\"completedOn-error\"", "Write the date as DD.MM.YYYY, for example 3.12.2026.");
    }

    @Test
    void trainingValidBeforeItWasCompletedIsShownAtValidUntil() {
        var me = pools.ngoPool("Validity NGO").expert();

        assertThat(training(me, "2025-05-20", "2024-01-01")).hasStatusOk().bodyText()
                .contains("id=\"validUntil-error\"", "Validity cannot end before the training was completed.",
                        "value=\"EA1\"");
        assertThat(pool.profile(me.id(), me).trainings()).isEmpty();
    }

    @Test
    void aTrainingValidBeforeItWasCompletedComesWithAMissingName() {
        var me = pools.ngoPool("Validity Round NGO").expert();

        var result = post(me, "/me/profile/trainings").param("kind", "FIRST_AID").param("name", "")
                .param("completedOn", "2025-05-20").param("validUntil", "2024-01-01").exchange();

        assertThat(ErrorSummary.of(result).fields()).containsExactly("name", "validUntil");
        assertThat(pool.profile(me.id(), me).trainings()).isEmpty();
    }

    private MockMvcRequestBuilder post(CurrentUser me, String uri) {
        return mvc.post().uri(uri).with(user(me)).with(csrf()).header("Accept-Language", "en")
                .param("version", String.valueOf(pool.profile(me.id(), me).version()));
    }

    private MockMvcRequestBuilder availability(CurrentUser me, String mondayStarts, String mondayEnds) {
        return post(me, "/me/profile/availability").param("weekly[0].day", "MONDAY")
                .param("weekly[0].startsAt", mondayStarts).param("weekly[0].endsAt", mondayEnds)
                .param("_onBreak", "on");
    }

    private MockMvcRequestBuilder training(CurrentUser me, String completedOn, String validUntil) {
        return post(me, "/me/profile/trainings").param("kind", "FIRST_AID").param("name", "EA1")
                .param("provider", "SPR").param("completedOn", completedOn).param("validUntil", validUntil);
    }
}
