package fi.valita.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import fi.valita.TestPools;
import fi.valita.ValitaTest;
import fi.valita.identity.CurrentUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** A pool's matching weights: defaults, changes in range only, and each pool its own. */
@ValitaTest
class MatchingSettingsPageTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestPools pools;

    @Autowired
    MatchingSettings settings;

    @Test
    void poolThatHasNotChosenSeesTheDefaultsExplained() {
        var coordinator = pools.ngoPool("Default NGO").coordinator();

        assertThat(mvc.get().uri("/coordinator/matching-settings").with(user(coordinator))).hasStatusOk().bodyText()
                .contains("Miten asiantuntijat järjestetään", "Reilu vuorottelu",
                        "Tarjouksesta kieltäytyminen ei koskaan laske ketään");
        assertThat(mvc.get().uri("/coordinator/matching-settings").with(user(coordinator))).body().asString()
                .contains("id=\"areaFit\"", "value=\"40\"", "value=\"30\"")
                .containsPattern("id=\"areaFit\"[^>]*inputmode=\"numeric\"");
    }

    @Test
    void coordinatorChangesTheWeightsOfTheirOwnPoolOnly() {
        var mine = pools.ngoPool("Changing NGO");
        var other = pools.ngoPool("Untouched NGO");

        assertThat(save(mine.coordinator(), "50 %", "20", "0", "60", "5")).hasStatus3xxRedirection()
                .hasRedirectedUrl("/coordinator/matching-settings");

        assertThat(settings.weightsOf(mine.organisation().id())).isEqualTo(new MatchingWeights(50, 20, 0, 60, 5));
        assertThat(settings.weightsOf(other.organisation().id())).isEqualTo(MatchingWeights.defaults());
        assertThat(mvc.get().uri("/coordinator/matching-settings").with(user(mine.coordinator()))).body().asString()
                .contains("value=\"60\"");
    }

    @Test
    void weightsOutsideZeroToHundredOrNotNumbersAreRefusedNextToTheField() {
        var ngo = pools.ngoPool("Refusing NGO");

        var answer = save(ngo.coordinator(), "101", "lots", "-1", "30", " 7 ");

        assertThat(answer).hasStatusOk().body().asString()
                .contains("id=\"areaFit-error\"", "id=\"taskFit-error\"", "id=\"distance-error\"", "href=\"#areaFit\"",
                        "Anna kokonaisluku väliltä 0–100.", "value=\"lots\"")
                .doesNotContain("id=\"rotation-error\"", "id=\"continuity-error\"");
        assertThat(settings.weightsOf(ngo.organisation().id())).isEqualTo(MatchingWeights.defaults());
    }

    @Test
    void expertsAndRequestersMayNotSeeOrChangeTheWeights() {
        var ngo = pools.ngoPool("Guarded NGO");

        assertThat(mvc.get().uri("/coordinator/matching-settings").with(user(ngo.expert()))).hasStatus(403);
        assertThat(mvc.get().uri("/coordinator/matching-settings").with(user(ngo.requester()))).hasStatus(403);
        assertThat(save(ngo.requester(), "0", "0", "0", "0", "0")).hasStatus(403);
        assertThat(settings.weightsOf(ngo.organisation().id())).isEqualTo(MatchingWeights.defaults());
    }

    private MvcTestResult save(CurrentUser user, String area, String task, String distance, String rotation, String continuity) {
        return mvc.post().uri("/coordinator/matching-settings").with(user(user)).with(csrf())
                .param("areaFit", area).param("taskFit", task).param("distance", distance)
                .param("rotation", rotation).param("continuity", continuity)
                .exchange();
    }
}
