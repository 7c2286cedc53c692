package fi.valita.api;

import static fi.valita.api.Bearer.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import fi.valita.TestPools;
import fi.valita.ValitaTest;
import fi.valita.identity.CurrentUser;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Signing in for a token, using it, listing and revoking it; what a token without rights gets. */
@ValitaTest
class ApiTokensTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestPools pools;

    @Autowired
    ApiTokens tokens;

    @Autowired
    JdbcClient jdbc;

    @Test
    void signingInGivesATokenShownOnceThatOpensTheApi() throws Exception {
        CurrentUser expert = pools.ngoPool("Token").expert();

        MvcTestResult created = signIn(expert.email(), TestPools.PASSWORD, "Calendar sync");
        assertThat(created).hasStatus(HttpStatus.CREATED).hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
        String secret = Bearer.read(created, "$.token");
        assertThat(secret).hasSize(43).matches("[A-Za-z0-9_-]+");

        assertThat(mvc.get().uri("/api/v1/auth/tokens").with(bearer(secret)))
                .hasStatusOk()
                .bodyText().contains("\"label\":\"Calendar sync\"", "\"usable\":true", "+0")
                .doesNotContain(secret);
        assertThat(jdbc.sql("select token_hash from api_token where user_id = :user").param("user", expert.id())
                        .query(byte[].class).single())
                .isEqualTo(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void wrongPasswordIsAnUnauthorizedProblemAndFiveOfThemLockTheAccount() {
        CurrentUser coordinator = pools.ngoPool("Token throttle").coordinator();

        assertThat(signIn(coordinator.email(), "guess-0", null))
                .hasStatus(HttpStatus.UNAUTHORIZED)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyText().contains("Wrong e-mail address or password").doesNotContain("\"token\"");
        for (int i = 1; i < 5; i++) {
            assertThat(signIn(coordinator.email(), "guess-" + i, null)).hasStatus(HttpStatus.UNAUTHORIZED);
        }

        assertThat(signIn(coordinator.email(), TestPools.PASSWORD, null))
                .hasStatus(HttpStatus.UNAUTHORIZED)
                .bodyText().contains("Too many failed sign-ins");
        assertThat(tokens.of(coordinator)).isEmpty();
    }

    @Test
    void aSignInWithoutPasswordIsAValidationProblem() {
        assertThat(mvc.post().uri("/api/v1/auth/tokens").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"someone@test.example\"}"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson().extractingPath("$.errors[0].field").isEqualTo("password");
    }

    @Test
    void aRevokedTokenStopsWorkingAtOnce() {
        CurrentUser requester = pools.ngoPool("Revoke").requester();
        IssuedToken issued = tokens.issue(requester, "Old laptop");
        String keeper = tokens.issue(requester, "Keeper").secret();

        assertThat(mvc.delete().uri("/api/v1/auth/tokens/{id}", issued.token().id()).with(bearer(keeper)))
                .hasStatus(HttpStatus.NO_CONTENT);

        assertThat(mvc.get().uri("/api/v1/auth/tokens").with(bearer(issued.secret())))
                .hasStatus(HttpStatus.UNAUTHORIZED)
                .hasHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"")
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(mvc.get().uri("/api/v1/auth/tokens").with(bearer(keeper)))
                .hasStatusOk()
                .bodyText().contains("\"label\":\"Old laptop\"", "\"usable\":false", "\"revokedAt\":\"");
    }

    @Test
    void anExpiredTokenNoLongerWorks() {
        CurrentUser requester = pools.ngoPool("Expired token").requester();
        IssuedToken issued = tokens.issue(requester, "Short-lived");
        assertThat(mvc.get().uri("/api/v1/auth/tokens").with(bearer(issued.secret()))).hasStatusOk();

        jdbc.sql("update api_token set expires_at = :past where id = :id")
                .param("past", Timestamp.from(Instant.now().minus(1, ChronoUnit.MINUTES)))
                .param("id", issued.token().id())
                .update();

        assertThat(mvc.get().uri("/api/v1/auth/tokens").with(bearer(issued.secret())))
                .hasStatus(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void nobodyCanSeeOrRevokeAnotherUsersToken() {
        var pool = pools.ngoPool("Others' tokens");
        IssuedToken theirs = tokens.issue(pool.expert(), "Expert's phone");
        String mine = tokens.issue(pool.coordinator(), "Coordinator's script").secret();

        assertThat(mvc.delete().uri("/api/v1/auth/tokens/{id}", theirs.token().id()).with(bearer(mine)))
                .hasStatus(HttpStatus.NOT_FOUND)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(mvc.get().uri("/api/v1/auth/tokens").with(bearer(mine)))
                .hasStatusOk().bodyText().doesNotContain("Expert's phone");
        assertThat(mvc.get().uri("/api/v1/auth/tokens").with(bearer(theirs.secret()))).hasStatusOk();
    }

    @Test
    void aCallWithoutTokenIsAnUnauthorizedProblemNeverASignInRedirect() {
        assertThat(mvc.get().uri("/api/v1/requests").accept(MediaType.TEXT_HTML))
                .hasStatus(HttpStatus.UNAUTHORIZED)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .hasHeader("WWW-Authenticate", "Bearer")
                .doesNotContainHeader("Location")
                .bodyJson().extractingPath("$.status").isEqualTo(401);
        assertThat(mvc.get().uri("/api/v1/requests").with(bearer("made-up")))
                .hasStatus(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void theBrowsersSessionDoesNotOpenTheApiSoCsrfCannotReachIt() {
        CurrentUser coordinator = pools.ngoPool("Session").coordinator();
        var session = new MockHttpSession();
        assertThat(mvc.post().uri("/login").param("username", coordinator.email())
                        .param("password", TestPools.PASSWORD).with(csrf()).session(session))
                .hasRedirectedUrl("/");
        assertThat(mvc.get().uri("/coordinator/requests").session(session)).hasStatusOk();

        assertThat(mvc.get().uri("/api/v1/auth/tokens").session(session)).hasStatus(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void pathsTheApiDoesNotListAreDeniedEvenWithAToken() {
        CurrentUser admin = pools.ngoPool("Api deny").admin();

        assertThat(mvc.get().uri("/api/v1/secrets").with(Bearer.as(admin, tokens)))
                .hasStatus(HttpStatus.FORBIDDEN)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    private MvcTestResult signIn(String username, String password, String label) {
        String body = "{\"username\":\"" + username + "\",\"password\":\"" + password + "\""
                + (label == null ? "" : ",\"label\":\"" + label + "\"") + "}";
        return mvc.post().uri("/api/v1/auth/tokens").contentType(MediaType.APPLICATION_JSON).content(body).exchange();
    }
}
