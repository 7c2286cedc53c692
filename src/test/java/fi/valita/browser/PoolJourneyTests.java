package fi.valita.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fi.valita.TestPools;
import fi.valita.experts.ExpertPool;
import fi.valita.identity.CurrentUser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * The pool as its people use it on a 360 px phone: an expert edits their profile, a coordinator
 * filters the pool, a requester reads the public cards. axe-core checks every page visited.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestPools.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PoolJourneyTests {

    @LocalServerPort
    int port;

    @Autowired
    TestPools pools;

    @Autowired
    ExpertPool expertPool;

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
    void expertEditsTheirProfileOnAPhone() {
        var ngo = pools.ngoPool("Phone NGO");
        Page page = signIn(ngo.expert());

        page.navigate(url("/me/profile"));
        Browser.checkPage(page);
        for (String section : new String[] {"contact", "experience", "work", "availability", "presentation", "trainings"}) {
            page.navigate(url("/me/profile/" + section));
            Browser.checkPage(page);
        }

        page.navigate(url("/me/profile/contact"));
        page.getByLabel("Nimi tai nimimerkki").fill("Kuutamo");
        page.getByLabel("Puhelinnumero").fill("+358 40 123 4567");
        page.getByLabel("Kotikunta").selectOption("698");
        page.getByLabel("Kuinka kauas voit matkustaa työn takia? (km)").fill("5000");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tallenna")).click();
        assertThat(page.locator("#error-summary")).isVisible();
        assertThat(page.getByLabel("Nimi tai nimimerkki")).hasValue("Kuutamo");
        Browser.checkPage(page);

        page.getByLabel("Kuinka kauas voit matkustaa työn takia? (km)").fill("120");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tallenna")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).isVisible();
        Browser.checkPage(page);

        page.navigate(url("/me/profile/availability"));
        page.getByLabel("Olen nyt tauolla").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tallenna")).click();
        Browser.checkPage(page);

        var saved = expertPool.profile(ngo.expert().id(), ngo.expert());
        assertThat(saved.displayName()).isEqualTo("Kuutamo");
        assertThat(saved.homeMunicipality()).isEqualTo("698");
        assertThat(saved.travelKm()).isEqualTo(120);
        assertThat(saved.onBreak()).isTrue();
    }

    @Test
    void coordinatorFiltersThePoolAndARequesterReadsTheCards() {
        var ngo = pools.ngoPool("List NGO");
        Page coordinator = signIn(ngo.coordinator());
        coordinator.navigate(url("/experts"));
        Browser.checkPage(coordinator);
        coordinator.navigate(url("/experts/" + ngo.expert().id() + "/profile"));
        Browser.checkPage(coordinator);
        coordinator.navigate(url("/coordinator/experience-areas"));
        Browser.checkPage(coordinator);

        Page requester = signIn(ngo.requester());
        requester.navigate(url("/pool"));
        Browser.checkPage(requester);
    }

    @Test
    void adminPagesAreAccessible() {
        var ngo = pools.ngoPool("Admin pages NGO");
        Page admin = signIn(ngo.admin());
        for (String path : new String[] {"/admin/organisation", "/admin/sent-mail", "/coordinator/invitations/new", "/notifications"}) {
            admin.navigate(url(path));
            Browser.checkPage(admin);
        }
    }

    private Page signIn(CurrentUser user) {
        return browser.signedIn(url(""), user);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
