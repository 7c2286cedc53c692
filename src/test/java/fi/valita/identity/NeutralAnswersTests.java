package fi.valita.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import fi.valita.TestPools;
import fi.valita.ValitaTest;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Forms and the token endpoint tell nobody who has an account, or which clients another pool serves (issue 9). */
@ValitaTest
class NeutralAnswersTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestPools pools;

    @Autowired
    Identity identity;

    @Test
    void invitingAnAddressWithAnAccountInAnotherOrganisationIsAnsweredAsAnyInvitation() {
        var helsinki = pools.ngoPool("Neutral A");
        var tampere = pools.ngoPool("Neutral B");
        String invitedElsewhere = "invited-" + UUID.randomUUID() + "@test.example";
        UserAccount pending = identity.invite(new Invite(invitedElsewhere, "Pending", Role.EXPERT,
                tampere.organisation().id(), null, Locale.of("fi")), tampere.coordinator());

        String fresh = "fresh-" + UUID.randomUUID() + "@test.example";
        for (String email : new String[] {fresh, tampere.expert().email(), invitedElsewhere}) {
            assertThat(invite(helsinki, email)).as(email)
                    .bodyText().contains("Invitation sent to " + email).doesNotContain("email-error");
        }
        assertThat(identity.account(pending.id()).orElseThrow().organisationId()).isEqualTo(tampere.organisation().id());
        assertThat(identity.peopleOf(helsinki.organisation().id(), Role.EXPERT))
                .extracting(UserAccount::email).doesNotContain(invitedElsewhere, tampere.expert().email());
    }

    @Test
    void theSameClientNameMayBeServedByTwoPoolsButNotTwiceByOne() {
        var helsinki = pools.ngoPool("Client names A");
        var tampere = pools.ngoPool("Client names B");
        String school = "Koulu " + UUID.randomUUID();

        assertThat(addClient(helsinki.admin(), school)).hasRedirectedUrl("/admin/organisation");
        assertThat(addClient(tampere.admin(), school)).hasRedirectedUrl("/admin/organisation");
        assertThat(addClient(tampere.admin(), school.toUpperCase(Locale.ROOT)))
                .hasStatusOk()
                .bodyText().contains("clientName-error", "Your pool already has a client organisation of this name");
    }

    /** The page shown after the invitation, its redirect followed. */
    private MvcTestResult invite(TestPools.Pool pool, String email) {
        var session = new MockHttpSession();
        MvcTestResult sent = mvc.post().uri("/coordinator/invitations/new").with(user(pool.coordinator())).with(csrf())
                .session(session).header("Accept-Language", "en")
                .param("displayName", "Someone").param("email", email).param("role", "EXPERT")
                .param("organisationId", pool.organisation().id().toString()).param("unitId", "")
                .param("language", "fi")
                .exchange();
        assertThat(sent).as(email).hasRedirectedUrl("/coordinator/invitations/new");
        return mvc.get().uri("/coordinator/invitations/new").with(user(pool.coordinator())).session(session)
                .header("Accept-Language", "en")
                .flashAttrs(sent.getMvcResult().getFlashMap())
                .exchange();
    }

    private MvcTestResult addClient(CurrentUser admin, String name) {
        return mvc.post().uri("/admin/organisation/clients").with(user(admin)).with(csrf())
                .header("Accept-Language", "en")
                .param("clientName", name).param("clientKind", "SCHOOL").param("clientMunicipality", "")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .exchange();
    }
}
