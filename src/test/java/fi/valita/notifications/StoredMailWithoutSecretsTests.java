package fi.valita.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import fi.valita.TestPools;
import fi.valita.TestPools.Pool;
import fi.valita.ValitaTest;
import fi.valita.identity.Mailbox;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Issue 9 §1: an admin read a pending person's invitation link among the sent mail and took over the account.
 * Every stored copy of an e-mail has its one-time links replaced by a marker; only the recipient gets them.
 */
@ValitaTest
class StoredMailWithoutSecretsTests {

    private static final Pattern ANY_LINK = Pattern.compile("https?://\\S+");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestPools pools;

    @Autowired
    JdbcClient jdbc;

    @Test
    void storedInvitationHasNoTokenAndNoLinkOfItOpensTheInvitation() {
        Pool pool = pools.ngoPool("Stored Secrets NGO");
        String email = "pending-" + UUID.randomUUID() + "@test.example";
        invite(pool, email);

        Mailbox.Mail mail = new Mailbox(jdbc).awaitMail(email);
        String token = mail.invitationToken();

        assertThat(mail.storedBody()).doesNotContain(token).doesNotContain("/invitations/").contains("[link removed]");
        assertThat(mvc.get().uri("/admin/sent-mail/{id}", mail.id()).with(user(pool.admin()))
                .header("Accept-Language", "en")).hasStatusOk().bodyText()
                .doesNotContain(token).contains("[link removed]", "are removed from the copies kept here");
        for (String path : linkPathsIn(mail.storedBody())) {
            assertThat(mvc.get().uri(path).with(user(pool.admin()))).bodyText().doesNotContain("id=\"password\"");
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> outboxBody(mail.id()).isPresent());
        assertThat(outboxBody(mail.id()).orElseThrow()).doesNotContain(token);
        assertThat(mvc.get().uri(mail.invitationPath()).header("Accept-Language", "en")).hasStatusOk().bodyText()
                .as("the recipient's own link still works").contains("id=\"password\"");
    }

    private void invite(Pool pool, String email) {
        assertThat(mvc.post().uri("/coordinator/invitations/new").with(user(pool.coordinator())).with(csrf())
                .param("email", email).param("displayName", "Pending Person").param("role", "EXPERT")
                .param("organisationId", pool.organisation().id().toString()).param("unitId", "")
                .param("language", "en")).hasStatus3xxRedirection();
    }

    /** The outbox row's body once the e-mail has left. */
    private Optional<String> outboxBody(UUID mailId) {
        return jdbc.sql("select body from outbox_message where id = :id and status <> 'PENDING'").param("id", mailId)
                .query(String.class).optional();
    }

    private static List<String> linkPathsIn(String body) {
        Matcher m = ANY_LINK.matcher(body);
        List<String> paths = new ArrayList<>();
        while (m.find()) {
            paths.add(URI.create(m.group()).getRawPath());
        }
        return paths;
    }
}
