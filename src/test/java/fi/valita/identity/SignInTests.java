package fi.valita.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import fi.valita.TestPools;
import fi.valita.ValitaTest;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Signing in with the form, the login throttle, and logging out. */
@ValitaTest
class SignInTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestPools pools;

    @Autowired
    Identity identity;

    @ParameterizedTest
    @CsvSource({"ADMIN, /experts", "COORDINATOR, /experts", "EXPERT, /me", "REQUESTER, /pool"})
    void eachRoleStartsWhereItsWorkIs(Role role, String start) {
        CurrentUser person = pools.person(pools.ngoPool("Start").organisation().id(), role, "Someone");
        var session = new MockHttpSession();

        assertThat(signIn(person.email(), TestPools.PASSWORD, session)).hasRedirectedUrl("/");
        assertThat(mvc.get().uri("/").session(session)).hasRedirectedUrl(start);
    }

    @Test
    void signingInGivesANewSessionId() {
        CurrentUser expert = pools.ngoPool("Fixation").expert();
        var session = new MockHttpSession();
        String before = session.getId();

        assertThat(signIn(expert.email(), TestPools.PASSWORD, session)).hasRedirectedUrl("/");
        assertThat(session.getId()).isNotEqualTo(before);
    }

    @Test
    void emailIsMatchedRegardlessOfCase() {
        CurrentUser expert = pools.ngoPool("Case").expert();

        assertThat(signIn(expert.email().toUpperCase(Locale.ROOT), TestPools.PASSWORD, new MockHttpSession()))
                .hasRedirectedUrl("/");
    }

    @Test
    void wrongPasswordIsRefused() {
        CurrentUser expert = pools.ngoPool("Wrong").expert();
        var session = new MockHttpSession();

        assertThat(signIn(expert.email(), "not-the-password", session)).hasRedirectedUrl("/login?error");
        assertThat(mvc.get().uri("/").session(session)).hasStatus(HttpStatus.FOUND).redirectedUrl().endsWith("/login");
    }

    @Test
    void unknownAddressAndNotYetActivatedAccountGetTheSameAnswerAsAWrongPassword() {
        var pool = pools.ngoPool("Enumeration");
        String invited = "invited-" + UUID.randomUUID() + "@test.example";
        identity.invite(new Invite(invited, "Invited", Role.EXPERT, pool.organisation().id(), null, Locale.of("fi")),
                pool.coordinator());

        assertThat(signIn("nobody-" + UUID.randomUUID() + "@test.example", TestPools.PASSWORD, new MockHttpSession()))
                .hasRedirectedUrl("/login?error");
        assertThat(signIn(invited, TestPools.PASSWORD, new MockHttpSession())).hasRedirectedUrl("/login?error");
    }

    @Test
    void afterFiveWrongPasswordsEvenTheRightOneIsRefusedForAWhile() {
        CurrentUser expert = pools.ngoPool("Throttle").expert();
        for (int i = 0; i < 5; i++) {
            assertThat(signIn(expert.email(), "guess-" + i, new MockHttpSession())).hasRedirectedUrl("/login?error");
        }

        assertThat(signIn(expert.email(), TestPools.PASSWORD, new MockHttpSession())).hasRedirectedUrl("/login?locked");
        assertThat(mvc.get().uri("/login?locked").header("Accept-Language", "en"))
                .bodyText().contains("Too many failed tries");
    }

    @Test
    void lockingOneAccountDoesNotLockAnother() {
        var pool = pools.ngoPool("Throttle neighbour");
        for (int i = 0; i < 5; i++) {
            signIn(pool.expert().email(), "guess-" + i, new MockHttpSession());
        }

        assertThat(signIn(pool.coordinator().email(), TestPools.PASSWORD, new MockHttpSession())).hasRedirectedUrl("/");
    }

    @Test
    void aHundredFailuresFromOneAddressRefuseEveryAccountFromThatAddressOnly() {
        CurrentUser expert = pools.ngoPool("Address throttle").expert();
        String address = "192.0.2." + (1 + new java.util.Random().nextInt(250)) + "-" + UUID.randomUUID();
        for (int i = 0; i < 100; i++) {
            assertThat(signIn("sprayed-" + i + "-" + UUID.randomUUID() + "@test.example", "guess", address))
                    .hasRedirectedUrl("/login?error");
        }

        assertThat(signIn(expert.email(), TestPools.PASSWORD, address)).hasRedirectedUrl("/login?locked");
        assertThat(signIn(expert.email(), TestPools.PASSWORD, new MockHttpSession())).hasRedirectedUrl("/");
    }

    @Test
    void signInWithoutCsrfTokenIsRefused() {
        CurrentUser expert = pools.ngoPool("Login csrf").expert();

        assertThat(mvc.post().uri("/login").param("username", expert.email()).param("password", TestPools.PASSWORD))
                .hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void logoutEndsTheSession() {
        CurrentUser expert = pools.ngoPool("Logout").expert();
        var session = new MockHttpSession();
        signIn(expert.email(), TestPools.PASSWORD, session);

        assertThat(mvc.post().uri("/logout").with(csrf()).session(session)).hasRedirectedUrl("/login?logout");
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void logoutIsNotPossibleByGetOrWithoutCsrfToken() {
        CurrentUser expert = pools.ngoPool("Logout forged").expert();
        var session = new MockHttpSession();
        signIn(expert.email(), TestPools.PASSWORD, session);

        assertThat(mvc.get().uri("/logout").session(session)).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.post().uri("/logout").session(session)).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(session.isInvalid()).isFalse();
        assertThat(mvc.get().uri("/").session(session)).hasRedirectedUrl("/me");
    }

    private MvcTestResult signIn(String email, String password, String clientAddress) {
        return mvc.post().uri("/login").param("username", email).param("password", password).with(csrf())
                .with(request -> {
                    request.setRemoteAddr(clientAddress);
                    return request;
                })
                .exchange();
    }

    private MvcTestResult signIn(String email, String password, MockHttpSession session) {
        return mvc.post().uri("/login")
                .param("username", email)
                .param("password", password)
                .with(csrf())
                .session(session)
                .with(request -> {
                    // as a browser would: the session cookie names the session
                    request.setRequestedSessionId(session.getId());
                    return request;
                })
                .exchange();
    }
}
