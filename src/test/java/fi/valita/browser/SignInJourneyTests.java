package fi.valita.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import fi.valita.TestPools;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/** A coordinator signs in on a phone and invites an expert; every page is checked with axe-core. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestPools.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignInJourneyTests {

    @LocalServerPort
    int port;

    @Autowired
    TestPools pools;

    Browser browser;

    @BeforeAll
    void startBrowser() {
        browser = new Browser();
    }

    @AfterAll
    void stopBrowser() {
        browser.close();
    }

    @Test
    void coordinatorSignsInOnAPhoneAndInvitesAnExpert() {
        var pool = pools.ngoPool("Browser NGO");
        Page page = browser.phone();

        page.navigate(url("/login"));
        Browser.assertAccessible(page);
        Browser.assertFitsWidth(page);
        page.getByLabel("Sähköpostiosoite").fill(pool.coordinator().email());
        page.getByLabel("Salasana").fill(TestPools.PASSWORD);
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Kirjaudu")).click();

        page.navigate(url("/coordinator/invitations/new"));
        Browser.assertAccessible(page);
        Browser.assertFitsWidth(page);
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Lähetä kutsu")).click();
        assertThat(page.locator("#error-summary")).isVisible();
        Browser.assertAccessible(page);

        page.getByLabel("Nimi", new Page.GetByLabelOptions().setExact(true)).fill("Revontuli");
        page.getByLabel("Sähköpostiosoite").fill("revontuli@test.example");
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Lähetä kutsu")).click();
        assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.STATUS)).containsText("revontuli@test.example");
        Browser.assertAccessible(page);
    }

    @Test
    void signInPageIsAccessibleInSwedishAndEnglish() {
        for (String locale : new String[] {"sv-FI", "en-GB"}) {
            Page page = browser.desktop(locale);
            page.navigate(url("/login"));
            assertThat(page.locator("html")).hasAttribute("lang", locale.substring(0, 2));
            Browser.assertAccessible(page);
            page.navigate(url("/privacy"));
            Browser.assertAccessible(page);
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
