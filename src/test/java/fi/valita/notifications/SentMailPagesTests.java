package fi.valita.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import fi.valita.TestPools;
import fi.valita.TestPools.Pool;
import fi.valita.ValitaTest;
import fi.valita.identity.Identity;
import fi.valita.identity.Invite;
import fi.valita.identity.Mailbox;
import fi.valita.identity.Role;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Each organisation's admins read only the mail their own organisation sent. */
@ValitaTest
class SentMailPagesTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestPools pools;

    @Autowired
    Identity identity;

    @Autowired
    JdbcClient jdbc;

    @Test
    void adminOfAnotherOrganisationCannotReadTheMail() {
        Pool a = pools.ngoPool("Sender A");
        Pool b = pools.ngoPool("Sender B");
        String email = "secret-" + UUID.randomUUID() + "@test.example";
        identity.invite(new Invite(email, "Secret", Role.EXPERT, a.organisation().id(), null, Locale.of("fi")),
                a.coordinator());
        UUID mailId = new Mailbox(jdbc).awaitMail(email).id();

        assertThat(mvc.get().uri("/admin/sent-mail/{id}", mailId).with(user(a.admin()))).hasStatusOk();
        assertThat(mvc.get().uri("/admin/sent-mail/{id}", mailId).with(user(b.admin())))
                .hasStatus(HttpStatus.NOT_FOUND)
                .bodyText().doesNotContain(email);
        assertThat(mvc.get().uri("/admin/sent-mail").with(user(b.admin())))
                .hasStatusOk().bodyText().doesNotContain(email).doesNotContain(mailId.toString());
    }

    @Test
    void unknownMailIsNotFound() {
        Pool pool = pools.ngoPool("Unknown mail");

        assertThat(mvc.get().uri("/admin/sent-mail/{id}", UUID.randomUUID()).with(user(pool.admin())))
                .hasStatus(HttpStatus.NOT_FOUND);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/admin/sent-mail", "/admin/sent-mail/" + "00000000-0000-0000-0000-000000000000",
            "/coordinator/invitations/new"})
    void expertsAndRequestersHaveNoAccessToAdminOrCoordinatorPages(String path) {
        Pool pool = pools.ngoPool("No access");

        assertThat(mvc.get().uri(path).with(user(pool.expert()))).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri(path).with(user(pool.requester()))).hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void coordinatorCannotReadSentMail() {
        Pool pool = pools.ngoPool("Coordinator mail");

        assertThat(mvc.get().uri("/admin/sent-mail").with(user(pool.coordinator()))).hasStatus(HttpStatus.FORBIDDEN);
    }
}
