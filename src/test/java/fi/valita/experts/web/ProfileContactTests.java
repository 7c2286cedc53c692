package fi.valita.experts.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import fi.valita.ErrorSummary;
import fi.valita.TestPools;
import fi.valita.ValitaTest;
import fi.valita.experts.ExpertPool;
import fi.valita.identity.CurrentUser;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;

@ValitaTest
class ProfileContactTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestPools pools;

    @Autowired
    ExpertPool pool;

    @Test
    void expertChangesTheirContactDetails() {
        var me = pools.ngoPool("Contact NGO").expert();

        assertThat(mvc.get().uri("/me/profile/contact").with(user(me)).header("Accept-Language", "en"))
                .hasStatusOk().bodyText().contains("Name or alias", "Northern Sámi", "Rovaniemi");
        assertThat(contact(me, version(me), "Aurora", Map.of("phone", "+358 40 123 4567")))
                .hasStatus3xxRedirection().hasRedirectedUrl("/me/profile");

        var saved = pool.profile(me.id(), me);
        assertThat(saved.displayName()).isEqualTo("Aurora");
        assertThat(saved.phone()).isEqualTo("+358 40 123 4567");
        assertThat(saved.homeMunicipality()).isEqualTo("698");
        assertThat(saved.languages()).containsExactlyInAnyOrder("fi", "se");
        assertThat(saved.worksRemotely()).isTrue();
        assertThat(saved.travelKm()).isEqualTo(200);
    }

    @Test
    void overviewShowsTheMunicipalityInTheLanguageOfThePage() {
        var me = pools.ngoPool("Bilingual NGO").expert();
        contact(me, version(me), "Aurora", Map.of("homeMunicipality", "091")).exchange();

        assertThat(mvc.get().uri("/me/profile?lang=sv").with(user(me))).hasStatusOk().bodyText().contains("Helsingfors");
        assertThat(mvc.get().uri("/me/profile?lang=fi").with(user(me))).hasStatusOk().bodyText().contains("Helsinki");
    }

    @Test
    void wrongPhoneNumberIsShownBesideTheFieldAndNothingIsSaved() {
        var me = pools.ngoPool("Typo NGO").expert();

        var page = assertThat(contact(me, version(me), "Aurora", Map.of("phone", "call me maybe")));

        page.hasStatusOk();
        page.bodyText().contains("Fix these", "href=\"#phone\"", "id=\"phone-error\"",
                "value=\"call me maybe\"", "value=\"Aurora\"");
        assertThat(pool.profile(me.id(), me).displayName()).isEqualTo("Expert");
    }

    @Test
    void travelDistanceMustBeWithinFinland() {
        var me = pools.ngoPool("Far NGO").expert();

        assertThat(contact(me, version(me), "Aurora", Map.of("travelKm", "5000")))
                .hasStatusOk().bodyText().contains("id=\"travelKm-error\"", "The largest allowed value is 1,500.");
        assertThat(pool.profile(me.id(), me).travelKm()).isNull();
    }

    @Test
    void distanceThatIsNotANumberIsShownAsSuch() {
        var me = pools.ngoPool("Words NGO").expert();

        assertThat(contact(me, version(me), "Aurora", Map.of("travelKm", "far")))
                .hasStatusOk().bodyText().contains("id=\"travelKm-error\"", "Write a whole number.", "value=\"Aurora\"",
                        "value=\"far\"");
        assertThat(pool.profile(me.id(), me).displayName()).isEqualTo("Expert");
    }

    @Test
    void everyMistakeIsShownAtOnceAlsoWhenTheDistanceIsNoNumberAndTheSummaryNamesEachFieldInPageOrder() {
        var me = pools.ngoPool("All At Once NGO").expert();

        var result = contact(me, version(me), "", Map.of("phone", "call me", "travelKm", "kaksi"))
                .exchange();

        assertThat(result).hasStatusOk().bodyText().contains("id=\"displayName-error\"", "id=\"phone-error\"",
                "id=\"travelKm-error\"", "value=\"kaksi\"", "value=\"call me\"", "aria-invalid=\"true\" aria-describedby=\"travelKm-help travelKm-error\"");
        var summary = ErrorSummary.of(result);
        assertThat(summary.fields()).containsExactly("displayName", "phone", "travelKm");
        assertThat(summary.texts().getFirst()).isEqualTo("Name or alias: fill in this field.");
        assertThat(pool.profile(me.id(), me).displayName()).isEqualTo("Expert");
    }

    @Test
    void distanceIsReadWithItsUnitAndTheFieldHasTheNumberKeyboard() {
        var me = pools.ngoPool("Unit NGO").expert();

        assertThat(mvc.get().uri("/me/profile/contact").with(user(me))).bodyText()
                .containsPattern("<input type=\"text\"\\s+id=\"travelKm\"[^>]*inputmode=\"numeric\"");
        assertThat(contact(me, version(me), "Aurora", Map.of("travelKm", "24 km"))).hasStatus3xxRedirection();
        assertThat(pool.profile(me.id(), me).travelKm()).isEqualTo(24);
    }

    @Test
    void saveOverSomeoneElsesChangeKeepsTheInputAndSaysWhatHappened() {
        var ngo = pools.ngoPool("Meanwhile NGO");
        var me = ngo.expert();
        int version = version(me);
        assertThat(mvc.post().uri("/experts/" + me.id() + "/profile/contact").with(user(ngo.coordinator())).with(csrf())
                .param("version", String.valueOf(version)).param("displayName", "Set by coordinator")
                .param("email", me.email()).param("_languages", "on").param("_worksRemotely", "on"))
                .hasStatus3xxRedirection();

        var page = assertThat(contact(me, version, "My own choice"));

        page.hasStatusOk();
        page.bodyText().contains("Someone else saved changes meanwhile", "value=\"My own choice\"",
                "Set by coordinator", "name=\"version\" value=\"" + (version + 1) + "\"");
        assertThat(pool.profile(me.id(), me).displayName()).isEqualTo("Set by coordinator");

        assertThat(contact(me, version + 1, "My own choice")).hasStatus3xxRedirection();
        assertThat(pool.profile(me.id(), me).displayName()).isEqualTo("My own choice");
    }

    private int version(CurrentUser expert) {
        return pool.profile(expert.id(), expert).version();
    }

    /** The contact form as a browser sends it, with the unchanged fields filled in. */
    private MockMvcRequestBuilder contact(CurrentUser me, int version, String name) {
        return contact(me, version, name, Map.of());
    }

    private MockMvcRequestBuilder contact(CurrentUser me, int version, String name, Map<String, String> changed) {
        Map<String, String> fields = new HashMap<>(Map.of("phone", "", "homeMunicipality", "698", "travelKm", "200"));
        fields.putAll(changed);
        var request = mvc.post().uri("/me/profile/contact").with(user(me)).with(csrf())
                .header("Accept-Language", "en")
                .param("version", String.valueOf(version))
                .param("displayName", name)
                .param("email", "aurora@test.example")
                .param("languages", "fi", "se")
                .param("_languages", "on")
                .param("worksRemotely", "true")
                .param("_worksRemotely", "on");
        fields.forEach(request::param);
        return request;
    }
}
