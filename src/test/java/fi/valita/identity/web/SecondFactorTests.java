package fi.valita.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import fi.valita.TestPools;
import fi.valita.ValitaTest;
import fi.valita.identity.CurrentUser;
import fi.valita.identity.SecondFactors;
import fi.valita.identity.internal.Base32;
import fi.valita.identity.internal.Totp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The second factor with the production setting: staff must add one and prove it at every sign-in,
 * experts may; recovery codes work once; an admin resets a colleague's lost device, in their own
 * organisation only.
 */
@ValitaTest
@TestPropertySource(properties = "valita.security.second-factor-required=true")
class SecondFactorTests {

    private static final Pattern SECRET = Pattern.compile("id=\"totp-secret\"[^>]*>([A-Z2-7 ]+)<");
    private static final Pattern RECOVERY_CODE = Pattern.compile("<code>([a-z2-9]{5}-[a-z2-9]{5})</code>");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestPools pools;

    @Test
    void staffWithoutASecondFactorCanOpenOnlyTheEnrolmentPage() throws Exception {
        var pool = pools.ngoPool("Enrol first");
        for (CurrentUser staff : List.of(pool.coordinator(), pool.admin())) {
            MockHttpSession session = signedIn(staff);
            assertThat(mvc.get().uri("/experts").session(session)).hasRedirectedUrl("/me/account/security");
            assertThat(mvc.get().uri("/admin/organisation").session(session)).hasRedirectedUrl("/me/account/security");
            assertThat(mvc.post().uri("/coordinator/invitations").with(csrf()).session(session))
                    .hasRedirectedUrl("/me/account/security");
            assertThat(mvc.get().uri("/me/account/security").session(session)).hasStatusOk();
        }
    }

    @Test
    void aPasswordOnlyTestUserOfStaffIsSentToEnrolmentButOneWithASecondFactorIsNot() throws Exception {
        CurrentUser coordinator = pools.ngoPool("Mock staff").coordinator();
        assertThat(mvc.get().uri("/experts").with(user(coordinator))).hasRedirectedUrl("/me/account/security");
        var proved = UsernamePasswordAuthenticationToken.authenticated(coordinator, null, List.of(
                new SimpleGrantedAuthority("ROLE_COORDINATOR"), FactorGrantedAuthority.fromAuthority(SecondFactors.TOTP_AUTHORITY)));
        assertThat(mvc.get().uri("/experts").with(authentication(proved))).hasStatusOk();
    }

    @Test
    void expertsAndRequestersWithoutASecondFactorAreNotAsked() throws Exception {
        var pool = pools.ngoPool("Optional");
        assertThat(mvc.get().uri("/assignments").session(signedIn(pool.expert()))).hasStatusOk();
        assertThat(mvc.get().uri("/assignments").session(signedIn(pools.clientOf(pool, "Optional school").requester())))
                .hasStatusOk();
    }

    @Test
    void afterAddingAnAppEverySignInNeedsItsCodeAndEachCodeWorksOnce() throws Exception {
        CurrentUser coordinator = pools.ngoPool("Totp").coordinator();
        MockHttpSession first = signedIn(coordinator);
        byte[] secret = enrolTotp(first);
        assertThat(mvc.get().uri("/experts").session(first)).hasStatusOk();

        MockHttpSession second = signedIn(coordinator);
        assertThat(mvc.get().uri("/experts").session(second)).hasRedirectedUrl("/login/second-factor");
        assertThat(mvc.get().uri("/me/account/security").session(second)).hasRedirectedUrl("/login/second-factor");
        assertThat(mvc.get().uri("/login/second-factor").session(second)).hasStatusOk();
        assertThat(postCode(second, "code", "000000x")).hasStatusOk().bodyText().contains("code-error");
        String code = Totp.standard().code(secret, Totp.stepAt(Instant.now()) + 1);
        assertThat(postCode(second, "code", code)).hasRedirectedUrl("/");
        assertThat(mvc.get().uri("/experts").session(second)).hasStatusOk();

        MockHttpSession third = signedIn(coordinator);
        assertThat(postCode(third, "code", code)).hasStatusOk().bodyText().contains("code-error");
        assertThat(mvc.get().uri("/experts").session(third)).hasRedirectedUrl("/login/second-factor");
    }

    @Test
    void aRecoveryCodeWorksOnceAndLeadsToTheSecurityPage() throws Exception {
        CurrentUser expert = pools.ngoPool("Recovery").expert();
        MockHttpSession first = signedIn(expert);
        enrolTotp(first);
        List<String> codes = recoveryCodes(first);
        assertThat(codes).hasSize(10).doesNotHaveDuplicates();

        MockHttpSession second = signedIn(expert);
        assertThat(mvc.get().uri("/assignments").session(second)).hasRedirectedUrl("/login/second-factor");
        assertThat(postCode(second, "recovery", codes.get(3).toUpperCase())).hasRedirectedUrl("/me/account/security");
        assertThat(mvc.get().uri("/assignments").session(second)).hasStatusOk();

        MockHttpSession third = signedIn(expert);
        assertThat(postCode(third, "recovery", codes.get(3))).hasStatusOk().bodyText().contains("recoveryCode-error");
    }

    @Test
    void fiveWrongCodesLockTheSecondStepForAWhile() throws Exception {
        CurrentUser coordinator = pools.ngoPool("Lock").coordinator();
        byte[] secret = enrolTotp(signedIn(coordinator));
        MockHttpSession session = signedIn(coordinator);
        for (int i = 0; i < 5; i++) {
            postCode(session, "code", "000000");
        }
        String right = Totp.standard().code(secret, Totp.stepAt(Instant.now()) + 1);
        assertThat(postCode(session, "code", right)).hasStatusOk().bodyText().contains("code-error");
        assertThat(mvc.get().uri("/experts").session(session)).hasRedirectedUrl("/login/second-factor");
    }

    @Test
    void anAdminResetsAColleaguesLostDeviceAndTheResetIsLogged() throws Exception {
        var pool = pools.ngoPool("Lost device");
        enrolTotp(signedIn(pool.coordinator()));
        byte[] adminSecret = enrolTotp(signedIn(pool.admin()));
        var admin = provedWithTotp(pool.admin(), adminSecret);

        assertThat(mvc.post().uri("/admin/second-factors/{id}/reset", pool.coordinator().id()).with(csrf()).session(admin))
                .hasRedirectedUrl("/admin/second-factors");
        assertThat(mvc.get().uri("/experts").session(signedIn(pool.coordinator()))).hasRedirectedUrl("/me/account/security");
        assertThat(mvc.get().uri("/admin/second-factors").session(admin)).hasStatusOk().bodyText()
                .contains(pool.admin().displayName() + " nollasi henkilön " + pool.coordinator().displayName() + " toisen vaiheen");

        mvc.post().uri("/admin/second-factors/{id}/reset", pool.admin().id()).with(csrf()).session(admin).exchange();
        assertThat(mvc.get().uri("/experts").session(signedIn(pool.admin()))).hasRedirectedUrl("/login/second-factor");
    }

    @Test
    void anAdminCannotResetOrSeeAnotherOrganisationsPeople() throws Exception {
        var other = pools.ngoPool("Other org");
        enrolTotp(signedIn(other.coordinator()));
        var pool = pools.ngoPool("Own org");
        enrolTotp(signedIn(pool.coordinator()));
        var admin = provedWithTotp(pool.admin(), enrolTotp(signedIn(pool.admin())));

        assertThat(mvc.get().uri("/admin/second-factors").session(admin)).hasStatusOk().bodyText()
                .contains(pool.coordinator().id().toString()).doesNotContain(other.coordinator().id().toString());
        mvc.post().uri("/admin/second-factors/{id}/reset", other.coordinator().id()).with(csrf()).session(admin).exchange();
        assertThat(mvc.get().uri("/experts").session(signedIn(other.coordinator()))).hasRedirectedUrl("/login/second-factor");
        assertThat(mvc.get().uri("/admin/second-factors").session(signedIn(pool.coordinator())))
                .hasRedirectedUrl("/login/second-factor");
        var proved = UsernamePasswordAuthenticationToken.authenticated(pool.coordinator(), null, List.of(
                new SimpleGrantedAuthority("ROLE_COORDINATOR"), FactorGrantedAuthority.fromAuthority(SecondFactors.TOTP_AUTHORITY)));
        assertThat(mvc.get().uri("/admin/second-factors").with(authentication(proved))).hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void apiTokensNeedTheAppsCodeFromStaffAndFromAnyoneWhoHasAnApp() throws Exception {
        var pool = pools.ngoPool("Api factor");
        assertThat(token(pool.coordinator(), null)).hasStatus(HttpStatus.UNAUTHORIZED)
                .bodyJson().extractingPath("$.field").isEqualTo("oneTimeCode");
        byte[] secret = enrolTotp(signedIn(pool.coordinator()));
        assertThat(token(pool.coordinator(), null)).hasStatus(HttpStatus.UNAUTHORIZED);
        assertThat(token(pool.coordinator(), "000000")).hasStatus(HttpStatus.UNAUTHORIZED);
        String code = Totp.standard().code(secret, Totp.stepAt(Instant.now()) + 1);
        assertThat(token(pool.coordinator(), code)).hasStatus(HttpStatus.CREATED);
        assertThat(token(pool.expert(), null)).hasStatus(HttpStatus.CREATED);
        enrolTotp(signedIn(pool.expert()));
        assertThat(token(pool.expert(), null)).hasStatus(HttpStatus.UNAUTHORIZED);
    }

    private MvcTestResult token(CurrentUser user, String code) {
        String body = "{\"username\":\"" + user.email() + "\",\"password\":\"" + TestPools.PASSWORD + "\""
                + (code == null ? "" : ",\"oneTimeCode\":\"" + code + "\"") + "}";
        return mvc.post().uri("/api/v1/auth/tokens").contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .content(body).exchange();
    }

    private MockHttpSession provedWithTotp(CurrentUser user, byte[] secret) {
        MockHttpSession session = signedIn(user);
        String code = Totp.standard().code(secret, Totp.stepAt(Instant.now()) + 1);
        assertThat(postCode(session, "code", code)).hasRedirectedUrl("/");
        return session;
    }

    /** Adds an authenticator app, as a person would: reads the key from the page and types the app's code. */
    private byte[] enrolTotp(MockHttpSession session) throws Exception {
        MvcTestResult page = mvc.get().uri("/me/account/security/totp").session(session).exchange();
        Matcher matcher = SECRET.matcher(page.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(matcher.find()).as("the key on the page").isTrue();
        byte[] secret = Base32.decode(matcher.group(1));
        String code = Totp.standard().code(secret, Totp.stepAt(Instant.now()));
        assertThat(mvc.post().uri("/me/account/security/totp").param("code", code).with(csrf()).session(session))
                .hasRedirectedUrl("/me/account/security");
        return secret;
    }

    private List<String> recoveryCodes(MockHttpSession session) throws Exception {
        MvcTestResult page = mvc.post().uri("/me/account/security/recovery-codes").with(csrf()).session(session).exchange();
        Matcher matcher = RECOVERY_CODE.matcher(page.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
        List<String> codes = new ArrayList<>();
        while (matcher.find()) {
            codes.add(matcher.group(1));
        }
        return codes;
    }

    private MvcTestResult postCode(MockHttpSession session, String kind, String code) {
        return mvc.post().uri("/login/second-factor/" + kind)
                .param(kind.equals("code") ? "code" : "recoveryCode", code)
                .with(csrf()).session(session).exchange();
    }

    private MockHttpSession signedIn(CurrentUser person) {
        var session = new MockHttpSession();
        assertThat(mvc.post().uri("/login")
                .param("username", person.email())
                .param("password", TestPools.PASSWORD)
                .with(csrf())
                .session(session)
                .with(request -> {
                    request.setRequestedSessionId(session.getId());
                    return request;
                })).hasRedirectedUrl("/");
        return session;
    }
}
