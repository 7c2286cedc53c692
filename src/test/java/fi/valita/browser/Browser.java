package fi.valita.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Debian's Chromium driven by Playwright (its own browser download cannot work here), with
 * axe-core checking every page a journey visits against WCAG 2.1 A and AA.
 */
final class Browser implements AutoCloseable {

    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser browser;

    Browser() {
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(chromium())
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic")));
    }

    /** A new page as on a small phone: 360 px wide, Finnish. */
    Page phone() {
        return browser.newContext(new NewContextOptions().setViewportSize(360, 740).setLocale("fi-FI")).newPage();
    }

    /** A new page on a desktop screen. */
    Page desktop(String locale) {
        return browser.newContext(new NewContextOptions().setViewportSize(1280, 900).setLocale(locale)).newPage();
    }

    /** A phone page signed in through the real sign-in form (Finnish labels) as a {@code TestPools} person. */
    Page signedIn(String baseUrl, fi.valita.identity.CurrentUser user) {
        Page page = phone();
        page.navigate(baseUrl + "/login");
        page.getByLabel("Sähköpostiosoite").fill(user.email());
        page.getByLabel("Salasana").fill(fi.valita.TestPools.PASSWORD);
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Kirjaudu")).click();
        page.waitForURL(u -> !u.contains("/login"));
        return page;
    }

    /** Both page checks every journey makes: axe-core clean and no sideways scrolling. */
    static void checkPage(Page page) {
        assertAccessible(page);
        assertFitsWidth(page);
    }

    /** Fails with the rule ids and the offending elements if axe-core finds any WCAG 2.1 A/AA violation. */
    static void assertAccessible(Page page) {
        AxeResults results = new AxeBuilder(page).withTags(WCAG_21_AA).analyze();
        List<Rule> violations = results.getViolations();
        String described = violations.stream()
                .map(v -> v.getId() + ": " + v.getHelp() + " at " + v.getNodes().stream()
                        .map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
        assertThat(violations).as("axe-core WCAG 2.1 A/AA violations on %s:%n%s", page.url(), described).isEmpty();
    }

    /** No horizontal scrolling of the whole page: content fits the viewport. */
    static void assertFitsWidth(Page page) {
        Object overflow = page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(((Number) overflow).intValue()).as("horizontal overflow on %s", page.url()).isLessThanOrEqualTo(0);
    }

    private static Path chromium() {
        return Stream.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")
                .map(Path::of)
                .filter(Files::isExecutable)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(
                        "No Chromium found: install it (Debian: apt-get install chromium); .ci/run does this"));
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
