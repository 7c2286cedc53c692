package fi.valita.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import fi.valita.TestPools;
import fi.valita.TestPools.Pool;
import fi.valita.ValitaTest;
import fi.valita.api.ApiTokens;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** "My account": the password with the current one, the sign-in address confirmed by a link. */
@ValitaTest
class MyAccountTests {

    static final String NEW_PASSWORD = "oma uusi salasana tänään";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestPools pools;

    @Autowired
    Identity identity;

    @Autowired
    ApiTokens apiTokens;

    @Autowired
    JdbcClient jdbc;

    Mailbox mailbox;
    Pool pool;

    @BeforeEach
    void setUp() {
        mailbox = new Mailbox(jdbc);
        pool = pools.ngoPool("My account");
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void everyoneWhoSignsInHasTheirOwnAccountPage(Role role) {
        CurrentUser person = pools.person(pool.organisation().id(), role, "Own " + role);
        MockHttpSession session = signedIn(person);

        assertThat(mvc.get().uri("/me/account").session(session).header("Accept-Language", "en"))
                .hasStatusOk().bodyText()
                .contains("My account", person.email(), "id=\"currentPassword\"", "id=\"newEmail\"",
                        "href=\"/me/account\"")
                .doesNotContain(pool.expert().email(), pool.coordinator().email());
    }

    @Test
    void signedOutPeopleAreSentToSignIn() {
        assertThat(mvc.get().uri("/me/account")).hasStatus3xxRedirection().redirectedUrl().endsWith("/login");
        assertThat(mvc.post().uri("/me/account/password").with(csrf()).param("currentPassword", TestPools.PASSWORD)
                .param("newPassword", NEW_PASSWORD).param("newPasswordAgain", NEW_PASSWORD))
                .hasStatus3xxRedirection();
    }

    @Test
    void aWrongCurrentPasswordChangesNothing() {
        MockHttpSession session = signedIn(pool.expert());

        assertThat(changePassword(session, "not my password at all", NEW_PASSWORD)).hasStatusOk()
                .bodyText().contains("id=\"currentPassword-error\"", "The current password is wrong.");
        assertThat(signIn(pool.expert().email(), TestPools.PASSWORD)).hasRedirectedUrl("/");
    }

    @Test
    void aGuessableNewPasswordIsShownNextToTheField() {
        MockHttpSession session = signedIn(pool.expert());

        assertThat(changePassword(session, TestPools.PASSWORD, "qwertyuiopasdf")).hasStatusOk()
                .bodyText().contains("id=\"newPassword-error\"", "too easy to guess");
        assertThat(signIn(pool.expert().email(), TestPools.PASSWORD)).hasRedirectedUrl("/");
    }

    @Test
    void aChangeKeepsThisSessionAndEndsTheOthersAndTheApiTokens() {
        MockHttpSession here = signedIn(pool.expert());
        MockHttpSession elsewhere = signedIn(pool.expert());
        String apiToken = apiTokens.issue(pool.expert(), "Script").secret();

        assertThat(changePassword(here, TestPools.PASSWORD, NEW_PASSWORD)).hasRedirectedUrl("/me/account");

        assertThat(mvc.get().uri("/me/account").session(here).header("Accept-Language", "en"))
                .hasStatusOk().bodyText().contains("Your password is changed.");
        assertThat(mvc.get().uri("/me/account").session(elsewhere)).hasRedirectedUrl("/login?ended");
        assertThat(apiTokens.holderOf(apiToken)).isEmpty();
        assertThat(signIn(pool.expert().email(), TestPools.PASSWORD)).hasRedirectedUrl("/login?error");
        assertThat(signIn(pool.expert().email(), NEW_PASSWORD)).hasRedirectedUrl("/");
        assertThat(mailbox.awaitMail(pool.expert().email()).subject()).isEqualTo("Your Välitä password was changed");
    }

    @Test
    void theAddressChangesOnlyWhenTheNewAddressConfirmsIt() {
        String newEmail = "moved-" + UUID.randomUUID() + "@test.example";
        String oldEmail = pool.requester().email();
        MockHttpSession session = signedIn(pool.requester());

        assertThat(changeEmail(session, newEmail, TestPools.PASSWORD)).hasRedirectedUrl("/me/account");
        String link = mailbox.awaitMail(newEmail).linkPath("/email-change/");
        assertThat(identity.account(pool.requester().id()).orElseThrow().email()).isEqualTo(oldEmail);

        assertThat(mvc.get().uri(link).header("Accept-Language", "en")).hasStatusOk()
                .hasHeader("Referrer-Policy", "no-referrer").bodyText().contains(newEmail, "Confirm the new address");
        assertThat(identity.account(pool.requester().id()).orElseThrow().email()).isEqualTo(oldEmail);
        assertThat(mvc.post().uri(link).with(csrf())).hasRedirectedUrl("/login?emailChanged");

        assertThat(identity.account(pool.requester().id()).orElseThrow().email()).isEqualTo(newEmail);
        assertThat(mailbox.awaitMail(oldEmail).body()).contains(newEmail);
        assertThat(signIn(newEmail, TestPools.PASSWORD)).hasRedirectedUrl("/");
        assertThat(signIn(oldEmail, TestPools.PASSWORD)).hasRedirectedUrl("/login?error");
        assertThat(mvc.get().uri("/me/account").session(session)).hasRedirectedUrl("/login?ended");
        assertThat(mvc.post().uri(link).with(csrf())).hasStatus(410);
    }

    @Test
    void anAddressChangeNeedsTheCurrentPassword() {
        String newEmail = "moved-" + UUID.randomUUID() + "@test.example";
        MockHttpSession session = signedIn(pool.expert());

        assertThat(changeEmail(session, newEmail, "not my password at all")).hasStatusOk()
                .bodyText().contains("id=\"emailPassword-error\"", "The current password is wrong.");
        assertThat(jdbc.sql("select count(*) from email_change where user_id = :user")
                .param("user", pool.expert().id()).query(Integer.class).single()).isZero();
    }

    @Test
    void aNewAddressThatChangesWhenReadIsRefusedAndAnotherPersonsAddressInOtherLettersIsTheirs() {
        MockHttpSession session = signedIn(pool.expert());

        assertThat(changeEmail(session, "moved-\u212A-" + UUID.randomUUID() + "@test.example", TestPools.PASSWORD))
                .hasStatusOk().bodyText().contains("id=\"newEmail-error\"", "Write the address with ordinary letters");
        assertThat(changeEmail(session, pool.coordinator().email().toUpperCase(java.util.Locale.ROOT),
                TestPools.PASSWORD)).hasRedirectedUrl("/me/account");
        assertThat(jdbc.sql("select count(*) from email_change where user_id = :user")
                .param("user", pool.expert().id()).query(Integer.class).single()).isZero();
    }

    @Test
    void anotherPersonsAddressGetsTheSameAnswerAndNoLink() {
        MockHttpSession session = signedIn(pool.expert());

        assertThat(changeEmail(session, pool.coordinator().email(), TestPools.PASSWORD))
                .hasRedirectedUrl("/me/account");
        assertThat(jdbc.sql("select count(*) from email_change where user_id = :user")
                .param("user", pool.expert().id()).query(Integer.class).single()).isZero();
        assertThat(identity.account(pool.expert().id()).orElseThrow().email()).isEqualTo(pool.expert().email());
    }

    @Test
    void anUnknownAddressChangeLinkIsGone() {
        assertThat(mvc.get().uri("/email-change/no-such-link").header("Accept-Language", "en")).hasStatus(410)
                .bodyText().contains("This link no longer works");
    }

    private MvcTestResult changePassword(MockHttpSession session, String current, String newPassword) {
        return mvc.post().uri("/me/account/password").session(session).with(csrf()).header("Accept-Language", "en")
                .param("currentPassword", current).param("newPassword", newPassword)
                .param("newPasswordAgain", newPassword).exchange();
    }

    private MvcTestResult changeEmail(MockHttpSession session, String newEmail, String current) {
        return mvc.post().uri("/me/account/email").session(session).with(csrf()).header("Accept-Language", "en")
                .param("newEmail", newEmail).param("emailPassword", current).exchange();
    }

    private MockHttpSession signedIn(CurrentUser person) {
        var session = new MockHttpSession();
        assertThat(signIn(person.email(), TestPools.PASSWORD, session)).hasRedirectedUrl("/");
        return session;
    }

    private MvcTestResult signIn(String email, String password) {
        return signIn(email, password, new MockHttpSession());
    }

    private MvcTestResult signIn(String email, String password, MockHttpSession session) {
        return mvc.post().uri("/login").param("username", email).param("password", password).with(csrf())
                .session(session).exchange();
    }
}
