package fi.valita.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fi.valita.TestPools;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * A teacher on a 360 px phone sends the new-request form empty: every mistake comes at once in an
 * error summary that takes the focus, names each field, and leads to it. axe-core checks the page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestPools.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FormErrorsJourneyTests {

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
    void anEmptyRequestFormTellsEveryMistakeAtOnceAndEachLinkLeadsToItsField() {
        var ngo = pools.ngoPool("Form errors NGO");
        var school = pools.clientOf(ngo, "Form errors School");
        Page teacher = browser.signedIn(url(""), school.requester());
        teacher.navigate(url("/requests/new"));
        teacher.getByLabel("Nimi", new Page.GetByLabelOptions().setExact(true)).fill("");

        teacher.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lähetä tilaus")).click();
        teacher.waitForLoadState();

        Locator summary = teacher.locator("#error-summary");
        assertThat(summary).isFocused();
        assertThat(summary.getByRole(AriaRole.HEADING)).hasText("Korjaa nämä kohdat");
        Locator links = summary.getByRole(AriaRole.LINK);
        assertThat(links.first()).hasText("Työn lyhyt nimi: täytä tämä kohta.");
        assertThat(summary).containsText("Työn laji: ");
        assertThat(summary).containsText("Kunta: valitse kunta, jossa työ on.");
        assertThat(links.last()).hasText("Nimi: täytä tämä kohta.");
        assertThat(summary.locator("li")).hasCount(links.count());
        teacher.screenshot(new Page.ScreenshotOptions().setPath(Path.of("/tmp/forms-error-summary.png")).setFullPage(false));

        assertThat(summaryBorderColour(teacher)).as("styled as an error").isEqualTo(errorTextColour(teacher));
        Browser.checkPage(teacher);

        links.first().click();
        assertThat(teacher.getByLabel("Työn lyhyt nimi")).isFocused();
        summary.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Kunta: valitse kunta, jossa työ on."))
                .click();
        assertThat(teacher.getByLabel("Kunta", new Page.GetByLabelOptions().setExact(true))).isFocused();
        links.last().click();
        assertThat(teacher.getByLabel("Nimi", new Page.GetByLabelOptions().setExact(true))).isFocused();
    }

    private static String summaryBorderColour(Page page) {
        return (String) page.evaluate("() => getComputedStyle(document.getElementById('error-summary')).borderLeftColor");
    }

    /** The design system's error colour, as the browser computes it. */
    private static String errorTextColour(Page page) {
        return (String) page.evaluate("""
                () => { const probe = document.createElement('span'); probe.style.color = 'var(--color-error)';
                        document.body.append(probe); const colour = getComputedStyle(probe).color; probe.remove();
                        return colour; }""");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
