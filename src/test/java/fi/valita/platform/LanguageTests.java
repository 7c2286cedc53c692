package fi.valita.platform;

import static org.assertj.core.api.Assertions.assertThat;

import fi.valita.ValitaTest;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Finnish by default, the browser's language on the first visit, and the language switch. */
@ValitaTest
class LanguageTests {

    @Autowired
    MockMvcTester mvc;

    @Test
    void finnishWhenTheBrowserSaysNothing() {
        assertThat(mvc.get().uri("/login")).hasStatusOk().bodyText().contains("Kirjaudu sisään", "lang=\"fi\"");
    }

    @Test
    void firstVisitFollowsTheBrowsersLanguage() {
        assertThat(mvc.get().uri("/login").header("Accept-Language", "sv-FI,sv;q=0.9,en;q=0.5"))
                .hasStatusOk().bodyText().contains("Logga in", "lang=\"sv\"");
        assertThat(mvc.get().uri("/login").header("Accept-Language", "de-DE,en;q=0.8"))
                .hasStatusOk().bodyText().contains("Sign in", "lang=\"en\"");
    }

    @Test
    void unsupportedBrowserLanguageFallsBackToFinnish() {
        assertThat(mvc.get().uri("/login").header("Accept-Language", "de-DE"))
                .hasStatusOk().bodyText().contains("Kirjaudu sisään");
    }

    @Test
    void malformedAcceptLanguageFallsBackToFinnish() {
        assertThat(mvc.get().uri("/login").header("Accept-Language", "sv;q=2"))
                .hasStatusOk().bodyText().contains("Kirjaudu sisään");
    }

    @Test
    void languageSwitchShowsSwedishAndIsRemembered() {
        MvcTestResult switched = mvc.get().uri("/login?lang=sv").header("Accept-Language", "en").exchange();

        assertThat(switched).hasStatusOk().bodyText().contains("Logga in", "lang=\"sv\"");
        Cookie remembered = switched.getResponse().getCookie("valita-lang");
        assertThat(remembered).isNotNull();
        assertThat(mvc.get().uri("/login").cookie(remembered).header("Accept-Language", "en"))
                .bodyText().contains("Logga in");
    }

    @Test
    void unsupportedLanguageInTheSwitchIsIgnored() {
        MvcTestResult page = mvc.get().uri("/login?lang=de").header("Accept-Language", "en").exchange();

        assertThat(page).hasStatusOk().bodyText().contains("Sign in", "lang=\"en\"");
        assertThat(page.getResponse().getCookie("valita-lang")).isNull();
    }

    @Test
    void languageLinksKeepTheOtherQueryParameters() {
        assertThat(mvc.get().uri("/login?logout&lang=en"))
                .bodyText().contains("href=\"/login?logout&amp;lang=sv\"", "hreflang=\"sv\"");
    }
}
