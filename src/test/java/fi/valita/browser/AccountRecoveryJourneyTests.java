package fi.valita.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fi.valita.TestPools;
import fi.valita.identity.CurrentUser;
import fi.valita.identity.Mailbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A forgotten password reset through the e-mailed link, and a password changed on "My account", on a
 * 320 px phone; every page is checked with axe-core.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestPools.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccountRecoveryJourneyTests {

    static final String RESET_PASSWORD = "mustikat kypsyvät elokuussa";
    static final String CHANGED_PASSWORD = "puolukat kypsyvät syyskuussa";

    @LocalServerPort
    int port;

    @Autowired
    TestPools pools;

    @Autowired
    JdbcClient jdbc;

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
    void anExpertWhoForgotTheirPasswordChoosesANewOneThroughTheEmailedLink() {
        CurrentUser expert = pools.ngoPool("Reset journey").expert();
        Page page = narrowPhone();

        page.navigate(url("/login"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Unohditko salasanasi?")).click();
        Browser.checkPage(page);
        button(page, "Lähetä linkki").click();
        assertThat(page.locator("#error-summary")).isVisible();
        Browser.checkPage(page);
        page.getByLabel("Sähköpostiosoite").fill(expert.email());
        button(page, "Lähetä linkki").click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("linkki on nyt matkalla");
        Browser.checkPage(page);

        String link = new Mailbox(jdbc).awaitMail(expert.email()).linkPath("/password-reset/");
        page.navigate(url(link));
        Browser.checkPage(page);
        page.locator("#password").fill("salasana1234");
        page.locator("#passwordAgain").fill("salasana1234");
        button(page, "Tallenna uusi salasana").click();
        assertThat(page.locator("#password-error")).containsText("liian helppo arvata");
        Browser.checkPage(page);
        page.locator("#password").fill(RESET_PASSWORD);
        page.locator("#passwordAgain").fill(RESET_PASSWORD);
        button(page, "Tallenna uusi salasana").click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Uusi salasanasi on tallennettu");
        Browser.checkPage(page);

        signIn(page, expert.email(), RESET_PASSWORD);
        page.waitForURL(u -> !u.contains("/login"));
        page.navigate(url("/me/account"));
        assertThat(page.locator("main")).containsText(expert.email());
    }

    @Test
    void aCoordinatorChangesTheirPasswordOnMyAccount() {
        CurrentUser coordinator = pools.ngoPool("Change journey").coordinator();
        Page page = narrowPhone();
        signIn(page, coordinator.email(), TestPools.PASSWORD);
        page.waitForURL(u -> !u.contains("/login"));

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Oma tili")).click();
        Browser.checkPage(page);
        page.locator("#currentPassword").fill("väärä salasana tässä");
        page.locator("#newPassword").fill(CHANGED_PASSWORD);
        page.locator("#newPasswordAgain").fill(CHANGED_PASSWORD);
        button(page, "Vaihda salasana").click();
        assertThat(page.locator("#currentPassword-error")).containsText("Nykyinen salasana on väärin");
        Browser.checkPage(page);

        page.locator("#currentPassword").fill(TestPools.PASSWORD);
        page.locator("#newPassword").fill(CHANGED_PASSWORD);
        page.locator("#newPasswordAgain").fill(CHANGED_PASSWORD);
        button(page, "Vaihda salasana").click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Salasanasi on vaihdettu");
        Browser.checkPage(page);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kirjaudu ulos")).click();
        signIn(page, coordinator.email(), CHANGED_PASSWORD);
        page.waitForURL(u -> !u.contains("/login"));
        assertThat(page.locator("main")).not().containsText("Sähköpostiosoite tai salasana on väärin");
    }

    /** The narrowest phone WCAG reflow asks for. */
    private Page narrowPhone() {
        Page page = browser.phone();
        page.setViewportSize(320, 640);
        return page;
    }

    private void signIn(Page page, String email, String password) {
        page.navigate(url("/login"));
        page.getByLabel("Sähköpostiosoite").fill(email);
        page.getByLabel("Salasana", new Page.GetByLabelOptions().setExact(true)).fill(password);
        button(page, "Kirjaudu").click();
    }

    private static com.microsoft.playwright.Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
