package fi.valita.platform;

import static fi.valita.api.Bearer.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import fi.valita.TestPools;
import fi.valita.ValitaTest;
import fi.valita.api.ApiTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * A NUL character (U+0000) anywhere a text arrives is a 400 naming the field, never a 500 with a stack trace
 * (issue 9). The error page that names the field is checked through the real server in {@link BehindAProxyTests}.
 */
@ValitaTest
@ExtendWith(OutputCaptureExtension.class)
class NulCharacterTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestPools pools;

    @Autowired
    ApiTokens tokens;

    @Test
    void aNulInAPageFormIsA400ThatNamesTheField(CapturedOutput log) {
        var pool = pools.ngoPool("Nul form");

        MvcTestResult result = mvc.post().uri("/coordinator/invitations/new").with(user(pool.coordinator())).with(csrf())
                .param("displayName", "Nul\0Person").param("email", "nul@test.example").param("role", "EXPERT")
                .param("organisationId", pool.organisation().id().toString()).param("unitId", "")
                .param("language", "fi")
                .exchange();

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).request().attributes()
                .containsEntry(NulCharacterFilter.FIELD, "displayName");
        assertThat(log.getAll()).doesNotContain("\tat ", "Exception");
    }

    @Test
    void aNulInTheSignInFormIsA400ThatNamesTheField(CapturedOutput log) {
        assertThat(mvc.post().uri("/login").with(csrf()).param("username", "someone\0@test.example").param("password", "x"))
                .hasStatus(HttpStatus.BAD_REQUEST).request().attributes().containsEntry(NulCharacterFilter.FIELD, "username");
        assertThat(log.getAll()).doesNotContain("\tat ", "Exception");
    }

    @Test
    void aNulInAnApiBodyIsAProblemThatNamesTheField(CapturedOutput log) {
        assertThat(mvc.post().uri("/api/v1/auth/tokens").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"someone\\u0000@test.example\",\"password\":\"x\"}"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson().extractingPath("$.errors[0].field").isEqualTo("username");

        var pool = pools.ngoPool("Nul api");
        assertThat(mvc.post().uri("/api/v1/requests").with(as(pool.requester(), tokens))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"Talk\",\"wantedAreas\":[\"ok\",\"bad\\u0000\"]}"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson().extractingPath("$.errors[0].field").isEqualTo("wantedAreas[1]");
        assertThat(log.getAll()).doesNotContain("\tat ", "Exception");
    }

    @Test
    void aNulInAnApiQueryParameterIsAProblemThatNamesIt() {
        var pool = pools.ngoPool("Nul query");

        assertThat(mvc.get().uri("/api/v1/experts?name={name}", "a\0b").with(as(pool.coordinator(), tokens)))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson().extractingPath("$.errors[0].field").isEqualTo("name");
    }
}
