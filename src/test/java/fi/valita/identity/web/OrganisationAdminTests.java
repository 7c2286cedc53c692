package fi.valita.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import fi.valita.ErrorSummary;
import fi.valita.TestPools;
import fi.valita.ValitaTest;
import fi.valita.identity.Identity;
import fi.valita.identity.Organisation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@ValitaTest
class OrganisationAdminTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestPools pools;

    @Autowired
    Identity identity;

    @Test
    void adminAddsAUnitAndAClientOrganisationTheirPoolServes() {
        var ngo = pools.ngoPool("Admin NGO");

        assertThat(mvc.post().uri("/admin/organisation/units").with(user(ngo.admin())).with(csrf())
                        .param("unitName", "Day-activity centre Tervakko").param("unitMunicipality", "698"))
                .hasStatus(HttpStatus.FOUND);
        assertThat(mvc.post().uri("/admin/organisation/clients").with(user(ngo.admin())).with(csrf())
                        .param("clientName", "Rovaniemi Vocational School " + ngo.organisation().id())
                        .param("clientKind", "SCHOOL").param("clientMunicipality", "698"))
                .hasStatus(HttpStatus.FOUND);

        assertThat(identity.unitsOf(ngo.organisation().id())).extracting(u -> u.name())
                .containsExactly("Day-activity centre Tervakko");
        assertThat(identity.clientsOf(ngo.organisation().id())).extracting(Organisation::name)
                .containsExactly("Rovaniemi Vocational School " + ngo.organisation().id());
        assertThat(mvc.get().uri("/admin/organisation").with(user(ngo.admin())))
                .hasStatusOk().bodyText().contains("Day-activity centre Tervakko");
    }

    @Test
    void blankNameAndUnknownMunicipalityAreShownNextToTheirFieldsAndNothingIsSaved() {
        var ngo = pools.ngoPool("Strict NGO");

        assertThat(mvc.post().uri("/admin/organisation/units").with(user(ngo.admin())).with(csrf())
                        .param("unitName", " ").param("unitMunicipality", "999"))
                .hasStatusOk()
                .bodyText()
                .contains("unitName-error", "unitMunicipality-error");
        assertThat(identity.unitsOf(ngo.organisation().id())).isEmpty();
    }

    @Test
    void everyMistakeOfANewClientOrganisationIsToldAtOnce() {
        var ngo = pools.ngoPool("Strict clients NGO");

        var result = mvc.post().uri("/admin/organisation/clients").with(user(ngo.admin())).with(csrf())
                .header("Accept-Language", "sv")
                .param("clientName", "").param("clientKind", "CASTLE").param("clientMunicipality", "999").exchange();

        assertThat(result).hasStatusOk().bodyText().contains("Rätta följande");
        assertThat(ErrorSummary.of(result).fields()).containsExactly("clientName", "clientKind", "clientMunicipality");
        assertThat(identity.clientsOf(ngo.organisation().id())).isEmpty();
    }

    @Test
    void anAdminSeesOnlyTheirOwnOrganisationAndCoordinatorsCannotChangeIt() {
        var a = pools.ngoPool("Org A");
        var b = pools.ngoPool("Org B");
        identity.createUnit(a.organisation().id(), "Secret unit of A", null);

        assertThat(mvc.get().uri("/admin/organisation").with(user(b.admin())))
                .hasStatusOk().bodyText().doesNotContain("Secret unit of A");
        assertThat(mvc.get().uri("/admin/organisation").with(user(a.coordinator()))).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.post().uri("/admin/organisation/units").with(user(a.coordinator())).with(csrf())
                        .param("unitName", "Sneaky"))
                .hasStatus(HttpStatus.FORBIDDEN);
    }
}
