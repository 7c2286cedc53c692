package fi.valita.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import fi.valita.TestPools;
import fi.valita.identity.CurrentUser;
import fi.valita.pages.ApplicationEnums;
import fi.valita.pages.GuardedPages;
import fi.valita.pages.GuardedPages.GuardedPage;
import fi.valita.pages.PageFixture;
import fi.valita.pages.PageProblems;
import fi.valita.pages.Viewer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;

/**
 * The width guard of issue 8 §4: every page of {@link GuardedPages}, as the first of its viewers sees it, in a
 * real browser 320 px wide (WCAG 1.4.10 reflow), in Finnish, Swedish and English. A page fails when it scrolls
 * sideways or when a heading's words do not fit in it (a long Finnish or Swedish compound in an h1). The text
 * checks of {@code pages.EveryPageRendersTests} run here too, on the error pages the servlet container makes
 * and on the page as the browser has it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestPools.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EveryPageFitsTests {

    static final int WIDTH = 320;

    /** Visible headings whose words are wider than the heading itself, as "h1: text (scroll width > width)". */
    private static final String OVERFLOWING_HEADINGS = """
            () => [...document.querySelectorAll('h1, h2')]
                .filter(h => h.clientWidth > 1 && h.scrollWidth > h.clientWidth)
                .map(h => h.tagName.toLowerCase() + ': ' + h.innerText + ' (' + h.scrollWidth + ' > ' + h.clientWidth + ')')
            """;

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    PageFixture fixture;
    Set<String> enumValues;
    Browser browser;

    @BeforeAll
    void setUp() {
        fixture = PageFixture.of(context);
        enumValues = ApplicationEnums.valueNames();
        browser = new Browser();
    }

    @AfterAll
    void stopBrowser() {
        browser.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"fi", "sv", "en"})
    void everyPageFitsA320PxScreen(String language) {
        Map<Viewer, Page> pages = new EnumMap<>(Viewer.class);
        var softly = new SoftAssertions();
        for (GuardedPage guarded : GuardedPages.ALL) {
            if (!guarded.rendersHtml()) {
                continue;
            }
            // The width of a page hardly depends on who looks at it; its text for each is checked by MockMvc.
            Viewer viewer = guarded.viewers().getFirst();
            Page page = pages.computeIfAbsent(viewer, v -> open(v, language));
            String path = fixture.path(guarded.path());
            Response response = page.navigate(url(path));
            softly.assertThat(response.status()).as("status of %s as %s", path, viewer).isEqualTo(guarded.status());
            softly.assertThat(problems(page, language)).as("%s as %s in %s", path, viewer, language).isEmpty();
            screenshot(page, language, path);
        }
        pages.values().forEach(page -> page.context().close());
        softly.assertAll();
    }

    private List<String> problems(Page page, String language) {
        List<String> problems = new ArrayList<>();
        Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
        if (((Number) overflow).intValue() > 0) {
            problems.add("the page is " + overflow + " px wider than the " + WIDTH + " px screen");
        }
        for (Object heading : (List<?>) page.evaluate(OVERFLOWING_HEADINGS)) {
            problems.add("a heading does not fit: " + heading);
        }
        problems.addAll(PageProblems.of(page.content(), language, enumValues));
        return problems;
    }

    /** With -Dvalita.screenshots=DIR, every page's first screen is saved there as a PNG, to look at. */
    private static void screenshot(Page page, String language, String path) {
        String dir = System.getProperty("valita.screenshots");
        if (dir != null) {
            String name = path.replaceAll("[0-9a-f]{8}-[0-9a-f-]{27}", "id").replaceAll("[^A-Za-z0-9.-]+", "_");
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of(dir, language, name + ".png")));
        }
    }

    /** A phone 320 px wide in the language, signed in as the viewer. */
    private Page open(Viewer viewer, String language) {
        CurrentUser person = fixture.person(viewer);
        Page page = person == null ? browser.phone() : browser.signedIn(url(""), person);
        page.setViewportSize(WIDTH, 640);
        page.navigate(url("/privacy?lang=" + language));
        return page;
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
