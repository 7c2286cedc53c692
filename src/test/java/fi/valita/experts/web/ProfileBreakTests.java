package fi.valita.experts.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import fi.valita.TestPools;
import fi.valita.ValitaTest;
import fi.valita.experts.Availability;
import fi.valita.experts.ExpertPool;
import fi.valita.experts.ExpertProfile;
import fi.valita.experts.WeeklySlot;
import fi.valita.identity.CurrentUser;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The break switch sits at the top of the expert's profile: one tap starts a break, one tap ends it. */
@ValitaTest
class ProfileBreakTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestPools pools;

    @Autowired
    ExpertPool pool;

    @Test
    void theBreakSwitchComesBeforeEverySectionOfTheProfile() throws Exception {
        var me = pools.ngoPool("Break top NGO").expert();

        String page = mvc.get().uri("/me/profile").with(user(me)).header("Accept-Language", "fi").exchange()
                .getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        int switchAt = page.indexOf("Aloita tauko");
        assertThat(switchAt).isPositive().isLessThan(page.indexOf("Yhteystiedot"));
        assertThat(page).contains("action=\"/me/profile/break\"", "Tauko päättyy (ei pakollinen)")
                .doesNotContain("(vapaaehtoinen)");
    }

    @Test
    void oneTapStartsABreakAndOneEndsItAndTheRestOfTheAvailabilityStays() {
        var me = pools.ngoPool("Break tap NGO").expert();
        var monday = new WeeklySlot(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(12, 0));
        pool.changeAvailability(me.id(), profile(me).version(), new Availability(List.of(monday), false, null, 3, 10), me);

        assertThat(mvc.post().uri("/me/profile/break").with(user(me)).with(csrf())
                .param("version", String.valueOf(profile(me).version())).param("onBreak", "true").param("breakUntil", ""))
                .hasRedirectedUrl("/me/profile").flash().containsEntry("saved", true);
        ExpertProfile onBreak = profile(me);
        assertThat(onBreak.onBreak()).isTrue();
        assertThat(onBreak.breakUntil()).isNull();
        assertThat(onBreak.availability()).containsExactly(monday);
        assertThat(onBreak.maxAssignmentsPerMonth()).isEqualTo(3);
        assertThat(mvc.get().uri("/me/profile").with(user(me)).header("Accept-Language", "fi")).bodyText()
                .contains("Olet tauolla", "Lopeta tauko").doesNotContain("Aloita tauko");

        assertThat(mvc.post().uri("/me/profile/break").with(user(me)).with(csrf())
                .param("version", String.valueOf(onBreak.version())).param("onBreak", "false"))
                .hasRedirectedUrl("/me/profile");
        assertThat(profile(me).onBreak()).isFalse();
        assertThat(profile(me).maxHoursPerWeek()).isEqualTo(10);
    }

    @Test
    void aBreakUntilADayIsShownWithItsEnd() {
        var me = pools.ngoPool("Break until NGO").expert();

        assertThat(mvc.post().uri("/me/profile/break").with(user(me)).with(csrf())
                .param("version", String.valueOf(profile(me).version())).param("onBreak", "true")
                .param("breakUntil", "2099-05-31")).hasRedirectedUrl("/me/profile");

        assertThat(profile(me).breakUntil()).isEqualTo(LocalDate.of(2099, 5, 31));
        assertThat(mvc.get().uri("/me/profile").with(user(me)).header("Accept-Language", "sv")).bodyText()
                .contains("Du har paus till och med 31.5.2099", "Avsluta pausen");
    }

    @Test
    void aBreakEndingInThePastOrAnUnreadableDayIsRefusedNextToTheFieldAndNothingIsSaved() {
        var me = pools.ngoPool("Break past NGO").expert();
        int version = profile(me).version();

        for (String day : List.of("2020-01-01", "someday")) {
            assertThat(mvc.post().uri("/me/profile/break").with(user(me)).with(csrf()).header("Accept-Language", "fi")
                    .param("version", String.valueOf(version)).param("onBreak", "true").param("breakUntil", day))
                    .hasStatusOk().bodyText().contains("id=\"breakUntil-error\"", "href=\"#breakUntil\"", "Aloita tauko");
        }
        assertThat(profile(me).onBreak()).isFalse();
        assertThat(profile(me).version()).isEqualTo(version);
    }

    @Test
    void aSwitchFromAnOlderPageSavesNothingAndSaysSomeoneSavedMeanwhile() {
        var me = pools.ngoPool("Break stale NGO").expert();
        int stale = profile(me).version();
        pool.changeAvailability(me.id(), stale, new Availability(List.of(), false, null, 2, null), me);

        assertThat(mvc.post().uri("/me/profile/break").with(user(me)).with(csrf()).header("Accept-Language", "fi")
                .param("version", String.valueOf(stale)).param("onBreak", "true")).hasStatusOk().bodyText()
                .contains("Joku muu tallensi muutoksia");
        assertThat(profile(me).onBreak()).isFalse();
    }

    @Test
    void onlyTheExpertThemselfHasTheSwitch() {
        var ngo = pools.ngoPool("Break guard NGO");

        for (CurrentUser other : List.of(ngo.coordinator(), ngo.admin(), ngo.requester())) {
            assertThat(mvc.post().uri("/me/profile/break").with(user(other)).with(csrf()).param("version", "0")
                    .param("onBreak", "true")).hasStatus(403);
        }
        assertThat(mvc.post().uri("/me/profile/break").with(user(ngo.expert())).param("version", "0")
                .param("onBreak", "true")).hasStatus(403);
        assertThat(mvc.get().uri("/experts/{id}/profile", ngo.expert().id()).with(user(ngo.coordinator()))).bodyText()
                .doesNotContain("/me/profile/break");
        assertThat(profile(ngo.expert()).onBreak()).isFalse();
    }

    private ExpertProfile profile(CurrentUser me) {
        return pool.profile(me.id(), me);
    }
}
