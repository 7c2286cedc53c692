package fi.valita.requests.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import fi.valita.TestPools;
import fi.valita.ValitaTest;
import fi.valita.identity.CurrentUser;
import fi.valita.identity.Identity;
import fi.valita.identity.Invite;
import fi.valita.identity.OrganisationUnit;
import fi.valita.identity.Role;
import fi.valita.requests.WorkRequest;
import fi.valita.requests.WorkRequests;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The unit on the request form: chosen by the requester, or by a coordinator for a client; shown wherever the request is. */
@ValitaTest
class RequestUnitPageTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestPools pools;

    @Autowired
    Identity identity;

    @Autowired
    WorkRequests requests;

    @Test
    void aRequesterOfAUnitFindsItChosenAndTheRequestShowsTheUnitChosen() {
        var city = pools.ngoPool("Unit City");
        OrganisationUnit malmi = identity.createUnit(city.organisation().id(), "Malmin poliklinikka", "091");
        OrganisationUnit kalasatama = identity.createUnit(city.organisation().id(), "Kalasataman terveysasema", "091");
        CurrentUser nurse = requesterOf(city.organisation().id(), malmi.id());

        assertThat(mvc.get().uri("/requests/new?lang=fi").with(user(nurse))).hasStatusOk().body().asString()
                .contains("for=\"requesterUnitId\"", "Yksikkö",
                        "<option value=\"" + malmi.id() + "\" selected=\"selected\">Malmin poliklinikka</option>",
                        "<option value=\"" + kalasatama.id() + "\">Kalasataman terveysasema</option>");

        assertThat(RequestFormPosts.talk(mvc, city.organisation().id()).with("requesterUnitId", kalasatama.id().toString())
                .by(nurse)).hasStatus3xxRedirection();

        WorkRequest saved = requests.ofMyOrganisation(nurse).getFirst();
        assertThat(saved.requesterUnitId()).isEqualTo(kalasatama.id());
        assertThat(mvc.get().uri("/requests/{id}?lang=fi", saved.id()).with(user(nurse))).bodyText()
                .contains("Yksikkö", "Kalasataman terveysasema");
        assertThat(mvc.get().uri("/requests?lang=fi").with(user(nurse))).bodyText().contains("Kalasataman terveysasema");
        assertThat(mvc.get().uri("/coordinator/requests?lang=fi").with(user(city.coordinator()))).bodyText()
                .contains("Kalasataman terveysasema");
        assertThat(mvc.get().uri("/coordinator/requests/{id}?lang=sv", saved.id()).with(user(city.coordinator())))
                .bodyText().contains("Enhet", "Kalasataman terveysasema");
    }

    @Test
    void withoutAUnitTheFormComesBackWithTheMessageBesideTheFieldAndTheInputKept() {
        var city = pools.ngoPool("Forgetful City");
        identity.createUnit(city.organisation().id(), "Päivätoimintakeskus", "091");

        assertThat(RequestFormPosts.talk(mvc, city.organisation().id()).with("title", "Toipumistarina kurssille")
                .by(city.requester())).hasStatusOk().body().asString()
                .contains("id=\"requesterUnitId-error\"", "Choose the unit the work is for.", "href=\"#requesterUnitId\"",
                        "value=\"Toipumistarina kurssille\"");
        assertThat(requests.ofMyOrganisation(city.requester())).isEmpty();
    }

    @Test
    void aMissingUnitIsToldTogetherWithTheFormsOtherErrors() {
        var city = pools.ngoPool("Hasty City");
        identity.createUnit(city.organisation().id(), "Päivätoimintakeskus", "091");

        assertThat(RequestFormPosts.talk(mvc, city.organisation().id()).with("title", "").by(city.requester()))
                .hasStatusOk().body().asString().contains("id=\"title-error\"", "id=\"requesterUnitId-error\"");
    }

    @Test
    void aUnitOfAnotherOrganisationOrNoUnitAtAllIsRefusedBesideTheField() {
        var city = pools.ngoPool("Careful City");
        identity.createUnit(city.organisation().id(), "Oma yksikkö", "091");
        var stranger = pools.ngoPool("Stranger City");
        OrganisationUnit theirs = identity.createUnit(stranger.organisation().id(), "Vieras yksikkö", "091");

        for (String tampered : List.of(theirs.id().toString(), "not-a-unit")) {
            assertThat(RequestFormPosts.talk(mvc, city.organisation().id()).with("requesterUnitId", tampered)
                    .by(city.requester())).hasStatusOk().body().asString()
                    .contains("id=\"requesterUnitId-error\"", "Choose a unit of the organisation.")
                    .doesNotContain("Vieras yksikkö");
        }
        assertThat(requests.ofMyOrganisation(city.requester())).isEmpty();
    }

    @Test
    void anOrganisationWithoutUnitsHasNoUnitField() {
        var ngo = pools.ngoPool("Small NGO");
        var school = pools.clientOf(ngo, "Small School");

        assertThat(mvc.get().uri("/requests/new").with(user(school.requester()))).hasStatusOk().body().asString()
                .doesNotContain("requesterUnitId");
        assertThat(RequestFormPosts.talk(mvc, ngo.organisation().id()).by(school.requester())).hasStatus3xxRedirection();
        assertThat(requests.ofMyOrganisation(school.requester())).singleElement()
                .extracting(WorkRequest::requesterUnitId).isNull();
    }

    @Test
    void aCoordinatorSeesTheUnitsOfTheirOwnAndClientOrganisationsOnlyAndEntersARequestForOne() {
        var ngo = pools.ngoPool("Broker NGO");
        var school = pools.clientOf(ngo, "Broker School");
        OrganisationUnit line = identity.createUnit(school.organisation().id(), "Sosiaalialan linja", "091");
        OrganisationUnit office = identity.createUnit(ngo.organisation().id(), "Välitystoimisto", "698");
        var stranger = pools.ngoPool("Unserved City");
        identity.createUnit(stranger.organisation().id(), "Ei asiakkaan yksikkö", "091");

        assertThat(mvc.get().uri("/requests/new?lang=fi").with(user(ngo.coordinator()))).hasStatusOk().body().asString()
                .contains("<optgroup label=\"" + school.organisation().name() + "\">", "Sosiaalialan linja",
                        "<optgroup label=\"" + ngo.organisation().name() + "\">", "Välitystoimisto",
                        "Ei yksikköä (organisaatiolla ei ole yksiköitä)")
                .doesNotContain("Ei asiakkaan yksikkö");

        assertThat(RequestFormPosts.talk(mvc, ngo.organisation().id())
                .with("requesterOrganisationId", school.organisation().id().toString())
                .with("requesterUnitId", office.id().toString()).by(ngo.coordinator())).hasStatusOk().bodyText()
                .as("the pool's own unit is not the school's").contains("id=\"requesterUnitId-error\"");
        assertThat(RequestFormPosts.talk(mvc, ngo.organisation().id())
                .with("requesterOrganisationId", school.organisation().id().toString())
                .with("requesterUnitId", line.id().toString()).by(ngo.coordinator())).hasStatus3xxRedirection();
        assertThat(requests.ofMyOrganisation(school.requester())).singleElement()
                .extracting(WorkRequest::requesterUnitId).isEqualTo(line.id());
    }

    @Test
    void aRequesterSeesOnlyTheirOwnOrganisationsUnits() {
        var ngo = pools.ngoPool("Serving NGO");
        identity.createUnit(ngo.organisation().id(), "Järjestön oma yksikkö", "698");
        var school = pools.clientOf(ngo, "Served School");
        identity.createUnit(school.organisation().id(), "Koulun yksikkö", "091");

        assertThat(mvc.get().uri("/requests/new").with(user(school.requester()))).hasStatusOk().bodyText()
                .contains("Koulun yksikkö").doesNotContain("Järjestön oma yksikkö");
    }

    private CurrentUser requesterOf(UUID organisation, UUID unit) {
        var account = identity.createActiveAccount(new Invite("nurse-" + UUID.randomUUID() + "@test.example",
                "Hoitaja Testinen", Role.REQUESTER, organisation, unit, Locale.of("fi")), TestPools.PASSWORD);
        return TestPools.asCurrentUser(account);
    }
}
