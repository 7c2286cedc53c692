package fi.valita.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import fi.valita.TestPools;
import fi.valita.ValitaTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Browser protections on every page, CSRF, deny by default, and who may see the actuator. */
@ValitaTest
class WebSecurityTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestPools pools;

    @Test
    void pagesCarryTheBrowserProtectionHeaders() {
        MvcTestResult page = mvc.get().uri("/login").exchange();

        assertThat(page).hasStatusOk();
        String csp = page.getResponse().getHeader("Content-Security-Policy");
        assertThat(csp)
                .contains("default-src 'self'", "script-src 'self'", "object-src 'none'", "frame-ancestors 'none'")
                .doesNotContain("unsafe-inline", "unsafe-eval");
        assertThat(page).hasHeader("X-Content-Type-Options", "nosniff");
        assertThat(page).hasHeader("X-Frame-Options", "DENY");
        assertThat(page).hasHeader("Referrer-Policy", "same-origin");
    }

    @Test
    void signedInPagesCarryTheHeadersToo() {
        var pool = pools.ngoPool("Headers");

        MvcTestResult page = mvc.get().uri("/coordinator/invitations/new").with(user(pool.coordinator())).exchange();

        assertThat(page).hasStatusOk();
        assertThat(page.getResponse().getHeader("Content-Security-Policy")).doesNotContain("unsafe-inline");
        assertThat(page).hasHeader("X-Frame-Options", "DENY");
        assertThat(page.getResponse().getHeader("Cache-Control")).contains("no-store");
    }

    @Test
    void formPostWithoutCsrfTokenIsRefused() {
        var pool = pools.ngoPool("Csrf");

        assertThat(mvc.post().uri("/coordinator/invitations/new")
                        .with(user(pool.coordinator()))
                        .param("email", "csrf-victim@test.example")
                        .param("displayName", "Victim")
                        .param("role", "EXPERT")
                        .param("organisationId", pool.organisation().id().toString())
                        .param("language", "fi"))
                .hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void pathsNobodyListedAreDeniedEvenToAnAdmin() {
        var pool = pools.ngoPool("Deny by default");

        assertThat(mvc.get().uri("/reports/secret").with(user(pool.admin()))).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/api/v1/anything").with(user(pool.coordinator()))).hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void anonymousVisitorIsSentToSignIn() {
        assertThat(mvc.get().uri("/coordinator/invitations/new")).hasStatus(HttpStatus.FOUND)
                .redirectedUrl().endsWith("/login");
    }

    @Test
    void healthIsPublicAndUp() {
        assertThat(mvc.get().uri("/actuator/health")).hasStatusOk().bodyText().contains("\"status\":\"UP\"");
        assertThat(mvc.get().uri("/actuator/health/liveness")).hasStatusOk().bodyText().contains("UP");
    }

    @Test
    void otherActuatorEndpointsAreForAdminsOnly() {
        var pool = pools.ngoPool("Actuator");

        assertThat(mvc.get().uri("/actuator/metrics")).hasStatus(HttpStatus.FOUND);
        assertThat(mvc.get().uri("/actuator/metrics").with(user(pool.coordinator()))).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/actuator/info").with(user(pool.expert()))).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/actuator/metrics").with(user(pool.admin()))).hasStatusOk();
    }

    @Test
    void endpointsThatAreNotExposedStayHiddenEvenFromAdmins() {
        var pool = pools.ngoPool("Actuator hidden");

        assertThat(mvc.get().uri("/actuator/env").with(user(pool.admin()))).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri("/actuator/heapdump").with(user(pool.admin()))).hasStatus(HttpStatus.NOT_FOUND);
    }
}
