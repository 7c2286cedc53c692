package fi.valita.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import fi.valita.TestPools;
import fi.valita.ValitaTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Values no form offers (a tampered select, a word where a number goes) get a message, never a server error. */
@ValitaTest
class MalformedFormInputTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestPools pools;

    @Test
    void inviteWithAnUnknownRoleAndAMalformedOrganisationIsShownAgainWithMessages() {
        var ngo = pools.ngoPool("Tamper NGO");

        assertThat(mvc.post().uri("/coordinator/invitations/new").with(user(ngo.coordinator())).with(csrf())
                        .param("displayName", "Tähti").param("email", "tahti@test.example").param("role", "KING")
                        .param("organisationId", "not-a-uuid").param("unitId", "").param("language", "fi"))
                .hasStatusOk()
                .bodyText()
                .contains("role-error", "organisationId-error", "tahti@test.example");
    }

    @Test
    void clientOrganisationOfAnUnknownKindIsShownAgainWithAMessage() {
        var ngo = pools.ngoPool("Tamper Admin NGO");

        assertThat(mvc.post().uri("/admin/organisation/clients").with(user(ngo.admin())).with(csrf())
                        .param("clientName", "Koulu").param("clientKind", "CASTLE").param("clientMunicipality", ""))
                .hasStatusOk()
                .bodyText()
                .contains("clientKind-error");
    }
}
