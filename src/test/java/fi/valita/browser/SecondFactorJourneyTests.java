package fi.valita.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.google.gson.JsonObject;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fi.valita.TestPools;
import fi.valita.identity.CurrentUser;
import fi.valita.identity.internal.Base32;
import fi.valita.identity.internal.Totp;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * The second step of signing in, in Chromium with the production setting: a coordinator adds a passkey
 * (Chromium's virtual authenticator through the DevTools protocol) and signs in with it; an admin sets
 * up an authenticator app (the test computes its codes from the key on the page) and signs in with a
 * code. Every page is checked with axe-core and for a phone's width.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "valita.security.second-factor-required=true")
@Import(TestPools.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecondFactorJourneyTests {

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
    void coordinatorAddsAPasskeyAndSignsInWithIt() {
        CurrentUser coordinator = pools.ngoPool("Passkey NGO").coordinator();
        Page page = browser.phone();
        virtualAuthenticator(page);

        signIn(page, coordinator);
        page.waitForURL(u -> u.endsWith("/me/account/security"));
        Browser.checkPage(page);
        page.navigate(url("/experts"));
        assertThat(page).hasURL(url("/me/account/security"));

        page.getByLabel("Pääsyavaimen nimi").fill("Testipuhelin");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lisää pääsyavain")).click();
        page.waitForURL(u -> u.contains("added=passkey"));
        assertThat(page.getByText("Testipuhelin")).isVisible();
        Browser.checkPage(page);
        page.navigate(url("/experts"));
        assertThat(page).hasURL(url("/experts"));

        logOut(page);
        signIn(page, coordinator);
        page.waitForURL(u -> u.endsWith("/login/second-factor"));
        Browser.checkPage(page);
        page.navigate(url("/experts"));
        assertThat(page).hasURL(url("/login/second-factor"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Käytä pääsyavaintani")).click();
        page.waitForURL(u -> u.endsWith("/experts"));
        Browser.checkPage(page);
    }

    @Test
    void adminSetsUpAnAuthenticatorAppAndSignsInWithItsCode() {
        CurrentUser admin = pools.ngoPool("Totp NGO").admin();
        Page page = browser.phone();

        signIn(page, admin);
        page.waitForURL(u -> u.endsWith("/me/account/security"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ota todennussovellus käyttöön")).click();
        Browser.checkPage(page);
        byte[] secret = Base32.decode(page.locator("#totp-secret").textContent());
        page.getByLabel("Koodi sovelluksesta").fill("123");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ota sovellus käyttöön")).click();
        assertThat(page.locator("#code-error")).isVisible();
        Browser.checkPage(page);
        page.getByLabel("Koodi sovelluksesta").fill(Totp.standard().code(secret, Totp.stepAt(Instant.now())));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ota sovellus käyttöön")).click();
        page.waitForURL(u -> u.endsWith("/me/account/security"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tee uudet varakoodit")).click();
        assertThat(page.locator(".recovery-codes li")).hasCount(10);
        Browser.checkPage(page);

        logOut(page);
        signIn(page, admin);
        page.waitForURL(u -> u.endsWith("/login/second-factor"));
        page.getByLabel("Koodi sovelluksesta").fill(Totp.standard().code(secret, Totp.stepAt(Instant.now()) + 1));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Jatka")).click();
        page.waitForURL(u -> u.endsWith("/experts"));
        page.navigate(url("/admin/second-factors"));
        assertThat(page.getByText("otti todennussovelluksen käyttöön").first()).isVisible();
        Browser.checkPage(page);
    }

    /** Chromium's virtual authenticator: a platform passkey that verifies its user at once. */
    private static void virtualAuthenticator(Page page) {
        CDPSession cdp = page.context().newCDPSession(page);
        cdp.send("WebAuthn.enable");
        var options = new JsonObject();
        options.addProperty("protocol", "ctap2");
        options.addProperty("transport", "internal");
        options.addProperty("hasResidentKey", true);
        options.addProperty("hasUserVerification", true);
        options.addProperty("isUserVerified", true);
        options.addProperty("automaticPresenceSimulation", true);
        var params = new JsonObject();
        params.add("options", options);
        cdp.send("WebAuthn.addVirtualAuthenticator", params);
    }

    private void signIn(Page page, CurrentUser user) {
        page.navigate(url("/login"));
        page.getByLabel("Sähköpostiosoite").fill(user.email());
        page.getByLabel("Salasana").fill(TestPools.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kirjaudu").setExact(true)).click();
    }

    private static void logOut(Page page) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kirjaudu ulos")).click();
        page.waitForURL(u -> u.contains("/login"));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
