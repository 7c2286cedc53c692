package fi.valita.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import fi.valita.TestPools;
import fi.valita.ValitaTest;
import jakarta.servlet.RequestDispatcher;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;

/**
 * The friendly error page. MockMvc does not forward to {@code /error} the way a servlet container
 * does, so these tests first show which status a request ends in, then render {@code /error} as the
 * container would for that status.
 */
@ValitaTest
class ErrorPageTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestPools pools;

    @Test
    void missingPageForASignedInUserEndsInTheFriendlyNotFoundPage() {
        var admin = pools.ngoPool("Errors").admin();
        String missing = "/admin/sent-mail/" + UUID.randomUUID();

        var answer = mvc.get().uri(missing).with(user(admin)).accept(MediaType.TEXT_HTML).exchange();
        assertThat(answer).hasStatus(HttpStatus.NOT_FOUND);
        // left to the container's error page, not answered with JSON problem details
        assertThat(String.valueOf(answer.getResponse().getContentType())).doesNotContain("json");
        assertThat(answer).bodyText().isEmpty();

        assertThat(errorPage(404, missing).with(user(admin)).header("Accept-Language", "en"))
                .hasStatus(HttpStatus.NOT_FOUND)
                .bodyText().contains("Something went wrong", "We could not find that page.", "Back to the start page",
                        "href=\"/admin/sent-mail\"", "class=\"site-header\"")
                .doesNotContain("You do not have access");
    }

    @Test
    void forbiddenPageSaysSoInTheUsersLanguage() {
        assertThat(errorPage(403, "/admin/sent-mail").header("Accept-Language", "sv"))
                .hasStatus(HttpStatus.FORBIDDEN)
                .bodyText().contains("Något gick fel", "Du har inte tillgång till sidan.");
    }

    @Test
    void failureNeverShowsTheExceptionOrATrace() {
        var failure = new IllegalStateException("secret detail from the database");

        assertThat(errorPage(500, "/experts").requestAttr(RequestDispatcher.ERROR_EXCEPTION, failure)
                        .requestAttr(RequestDispatcher.ERROR_MESSAGE, failure.getMessage())
                        .header("Accept-Language", "en"))
                .hasStatus(HttpStatus.INTERNAL_SERVER_ERROR)
                .bodyText().contains("Please try again.")
                .doesNotContain("secret detail", "IllegalStateException", "java.lang", "at fi.valita");
    }

    @Test
    void languageLinksOnTheErrorPagePointAtThePageThatFailed() {
        assertThat(errorPage(404, "/admin/missing").header("Accept-Language", "en"))
                .bodyText().contains("href=\"/admin/missing?lang=sv\"").doesNotContain("href=\"/error?");
    }

    private MockMvcRequestBuilder errorPage(int status, String failedPath) {
        return mvc.get().uri("/error")
                .accept(MediaType.TEXT_HTML)
                .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, status)
                .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, failedPath);
    }
}
