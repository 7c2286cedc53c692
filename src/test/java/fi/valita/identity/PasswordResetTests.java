package fi.valita.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import fi.valita.TestPools;
import fi.valita.TestPools.Pool;
import fi.valita.ValitaTest;
import fi.valita.api.ApiTokens;
import fi.valita.identity.internal.OneTimeSecrets;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** "Forgot your password?": a one-time link by e-mail, a new password, and everything else signed out. */
@ValitaTest
class PasswordResetTests {

    static final String NEW_PASSWORD = "uusi salasana keväällä";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestPools pools;

    @Autowired
    ApiTokens apiTokens;

    @Autowired
    JdbcClient jdbc;

    Mailbox mailbox;
    Pool pool;
    String client;

    @BeforeEach
    void setUp() {
        mailbox = new Mailbox(jdbc);
        pool = pools.ngoPool("Reset");
        client = "192.0.2." + (int) (Math.random() * 250) + "-" + UUID.randomUUID();
    }

    @Test
    void signInPageLinksToTheResetForm() {
        assertThat(mvc.get().uri("/login").header("Accept-Language", "en"))
                .hasStatusOk().bodyText().contains("href=\"/password-reset\"", "Forgot your password?");
        assertThat(mvc.get().uri("/password-reset").header("Accept-Language", "en"))
                .hasStatusOk().bodyText().contains("id=\"email\"", "Send the link");
    }

    @Test
    void knownAndUnknownAddressesGetTheSameAnswerAndOnlyTheKnownOneAnEmail() {
        String unknown = "nobody-" + UUID.randomUUID() + "@test.example";
        MvcTestResult forUnknown = request(unknown);
        MvcTestResult forKnown = request(pool.expert().email());

        assertThat(forUnknown).hasRedirectedUrl("/password-reset?sent");
        assertThat(forKnown).hasRedirectedUrl("/password-reset?sent");
        assertThat(mailbox.awaitMail(pool.expert().email()).linkPath("/password-reset/")).isNotBlank();
        awaitRequestsHandled();
        assertThat(mailbox.mailsTo(unknown)).isEmpty();
        assertThat(mvc.get().uri("/password-reset?sent").header("Accept-Language", "en"))
                .hasStatusOk().bodyText().contains("If this address has a Välitä account");
    }

    @Test
    void theLinkIsKeptOnlyAsAHash() {
        request(pool.expert().email());
        String token = token(mailbox.awaitMail(pool.expert().email()));

        byte[] stored = jdbc.sql("select token_hash from password_reset_token where user_id = :user")
                .param("user", pool.expert().id()).query(byte[].class).single();
        assertThat(stored).isEqualTo(OneTimeSecrets.hash(token));
        assertThat(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain(token);
    }

    @Test
    void aNewPasswordWorksOnceAndTheOldOneStops() {
        request(pool.expert().email());
        String link = mailbox.awaitMail(pool.expert().email()).linkPath("/password-reset/");

        assertThat(mvc.get().uri(link).header("Accept-Language", "en")).hasStatusOk()
                .hasHeader("Referrer-Policy", "no-referrer")
                .bodyText().contains("Choose a new password", pool.expert().email(), "id=\"password\"");
        assertThat(setPassword(link, NEW_PASSWORD)).hasRedirectedUrl("/login?reset");

        assertThat(signIn(pool.expert().email(), TestPools.PASSWORD)).hasRedirectedUrl("/login?error");
        assertThat(signIn(pool.expert().email(), NEW_PASSWORD)).hasRedirectedUrl("/");
        assertThat(setPassword(link, "toinen uusi salasana tänään")).hasStatus(410);
        assertThat(mvc.get().uri(link)).hasStatus(410);
    }

    @Test
    void anExpiredLinkNoLongerWorks() {
        request(pool.expert().email());
        String link = mailbox.awaitMail(pool.expert().email()).linkPath("/password-reset/");
        jdbc.sql("update password_reset_token set created_at = now() - interval '31 minutes', "
                        + "expires_at = now() - interval '1 minute' where user_id = :user")
                .param("user", pool.expert().id()).update();

        assertThat(mvc.get().uri(link).header("Accept-Language", "en")).hasStatus(410)
                .bodyText().contains("This link no longer works", "href=\"/password-reset\"");
        assertThat(setPassword(link, NEW_PASSWORD)).hasStatus(410);
        assertThat(signIn(pool.expert().email(), TestPools.PASSWORD)).hasRedirectedUrl("/");
    }

    @Test
    void linksExpireAfterThirtyMinutes() {
        request(pool.expert().email());
        mailbox.awaitMail(pool.expert().email());

        Duration validFor = jdbc.sql("select extract(epoch from expires_at - created_at) from password_reset_token "
                        + "where user_id = :user").param("user", pool.expert().id())
                .query((rs, n) -> Duration.ofSeconds(rs.getLong(1))).single();
        assertThat(validFor).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void aGuessablePasswordIsRefusedAndTheLinkStaysOpen() {
        request(pool.expert().email());
        String link = mailbox.awaitMail(pool.expert().email()).linkPath("/password-reset/");

        assertThat(setPassword(link, "password1234")).hasStatusOk()
                .bodyText().contains("id=\"password-error\"", "too easy to guess");
        assertThat(setPassword(link, "short")).hasStatusOk()
                .bodyText().contains("id=\"password-error\"", "at least 12 characters");
        assertThat(setPassword(link, NEW_PASSWORD)).hasRedirectedUrl("/login?reset");
    }

    @Test
    void aResetEndsEverySessionAndEveryApiTokenOfTheAccount() {
        var session = new MockHttpSession();
        assertThat(signIn(pool.expert().email(), TestPools.PASSWORD, session)).hasRedirectedUrl("/");
        assertThat(mvc.get().uri("/me/account").session(session)).hasStatusOk();
        String apiToken = apiTokens.issue(pool.expert(), "Phone").secret();
        assertThat(apiTokens.holderOf(apiToken)).isPresent();

        request(pool.expert().email());
        setPassword(mailbox.awaitMail(pool.expert().email()).linkPath("/password-reset/"), NEW_PASSWORD);

        assertThat(mvc.get().uri("/me/account").session(session)).hasRedirectedUrl("/login?ended");
        assertThat(apiTokens.holderOf(apiToken)).isEmpty();
        assertThat(mailbox.awaitMails(pool.expert().email(), 2).getLast().subject()).isEqualTo("Your Välitä password was changed");
    }

    @Test
    void aNotYetActivatedAccountGetsNoResetLink() {
        String invited = "invited-" + UUID.randomUUID() + "@test.example";
        jdbc.sql("insert into user_account (id, organisation_id, email, login_name, display_name, role) "
                        + "values (:id, :org, :email, :email, 'Invited', 'EXPERT')")
                .param("id", UUID.randomUUID()).param("org", pool.organisation().id()).param("email", invited).update();

        assertThat(request(invited)).hasRedirectedUrl("/password-reset?sent");
        awaitRequestsHandled();
        assertThat(mailbox.mailsTo(invited)).isEmpty();
    }

    @Test
    void oneAddressGetsAtMostThreeLinksAnHour() {
        for (int i = 0; i < 5; i++) {
            assertThat(request(pool.expert().email(), client + "-" + i)).hasRedirectedUrl("/password-reset?sent");
        }
        mailbox.awaitMails(pool.expert().email(), 3);
        awaitRequestsHandled();
        assertThat(mailbox.mailsTo(pool.expert().email())).hasSize(3);
    }

    @Test
    void oneClientMayAskTwentyTimesAnHour() {
        for (int i = 0; i < 20; i++) {
            assertThat(request("someone-" + i + "-" + UUID.randomUUID() + "@test.example"))
                    .hasRedirectedUrl("/password-reset?sent");
        }
        assertThat(request(pool.expert().email())).hasStatus(429)
                .bodyText().contains("Liian monta pyyntöä");
        awaitRequestsHandled();
        assertThat(mailbox.mailsTo(pool.expert().email())).isEmpty();
    }

    @Test
    void aMalformedAddressIsShownNextToTheField() {
        assertThat(mvc.post().uri("/password-reset").param("email", "not an address").with(csrf())
                        .header("Accept-Language", "en").with(r -> remote(r, client)))
                .hasStatusOk().bodyText().contains("id=\"email-error\"", "error-summary");
    }

    private MvcTestResult request(String email) {
        return request(email, client);
    }

    private MvcTestResult request(String email, String from) {
        return mvc.post().uri("/password-reset").param("email", email).with(csrf()).with(r -> remote(r, from))
                .exchange();
    }

    private static org.springframework.mock.web.MockHttpServletRequest remote(
            org.springframework.mock.web.MockHttpServletRequest request, String address) {
        request.setRemoteAddr(address);
        return request;
    }

    private MvcTestResult setPassword(String link, String password) {
        return mvc.post().uri(link).param("password", password).param("passwordAgain", password).with(csrf())
                .header("Accept-Language", "en").exchange();
    }

    private MvcTestResult signIn(String email, String password) {
        return signIn(email, password, new MockHttpSession());
    }

    private MvcTestResult signIn(String email, String password, MockHttpSession session) {
        return mvc.post().uri("/login").param("username", email).param("password", password).with(csrf())
                .session(session).exchange();
    }

    private static String token(Mailbox.Mail mail) {
        return mail.linkPath("/password-reset/").substring("/password-reset/".length());
    }

    /** Links are made after the answer: wait until every reset request has been looked at. */
    private void awaitRequestsHandled() {
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql("""
                        select count(*) from event_publication
                        where event_type like '%PasswordResetRequested' and completion_date is null""")
                .query(Integer.class).single() == 0);
    }
}
