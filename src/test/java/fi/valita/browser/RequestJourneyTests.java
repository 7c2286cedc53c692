package fi.valita.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fi.valita.TestPools;
import fi.valita.identity.CurrentUser;
import fi.valita.requests.WorkRequest;
import fi.valita.requests.WorkRequests;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * A teacher asks for an expert on a 360 px phone, trips over one missing field, sends the request and
 * sees it listed; the pool's coordinator finds it in the inbox. axe-core checks every page visited.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestPools.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RequestJourneyTests {

    @LocalServerPort
    int port;

    @Autowired
    TestPools pools;

    @Autowired
    WorkRequests requests;

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
    void teacherAsksForAnExpertOnAPhoneAndTheCoordinatorSeesItInTheInbox() {
        var ngo = pools.ngoPool("Journey NGO");
        var school = pools.clientOf(ngo, "Journey School");
        Page teacher = signIn(school.requester());

        teacher.navigate(url("/requests"));
        Browser.checkPage(teacher);
        teacher.navigate(url("/requests/new"));
        Browser.checkPage(teacher);

        LocalDate day = LocalDate.now(ZoneId.of("Europe/Helsinki")).plusDays(5);
        teacher.getByLabel("Työn laji").selectOption("TEACHING");
        teacher.getByLabel("Päivä", new Page.GetByLabelOptions().setExact(true)).fill(day.toString());
        teacher.getByLabel("Alkaa klo").fill("09:00");
        teacher.getByLabel("Päättyy klo").fill("11:00");
        teacher.getByLabel("Kunta", new Page.GetByLabelOptions().setExact(true)).selectOption("698");
        teacher.getByLabel("Ryhmä", new Page.GetByLabelOptions().setExact(true)).fill("Lukion toisen vuoden opiskelijat");
        send(teacher);
        assertThat(teacher.locator("#error-summary")).isVisible();
        assertThat(teacher.locator("#title-error")).isVisible();
        assertThat(teacher.getByLabel("Alkaa klo")).hasValue("09:00");
        Browser.checkPage(teacher);

        teacher.getByLabel("Työn lyhyt nimi").fill("Päihdetyön oppitunti lukiolaisille");
        send(teacher);
        assertThat(teacher.getByRole(AriaRole.STATUS)).isVisible();
        assertThat(teacher.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Päihdetyön oppitunti lukiolaisille")))
                .isVisible();
        Browser.checkPage(teacher);

        teacher.navigate(url("/requests"));
        assertThat(teacher.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Päihdetyön oppitunti lukiolaisille")))
                .isVisible();
        Browser.checkPage(teacher);

        WorkRequest saved = requests.ofMyOrganisation(school.requester()).getFirst();
        assertThat(saved.title()).isEqualTo("Päihdetyön oppitunti lukiolaisille");
        assertThat(saved.municipalityCode()).isEqualTo("698");

        Page coordinator = signIn(ngo.coordinator());
        coordinator.navigate(url("/coordinator/requests"));
        assertThat(coordinator.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Päihdetyön oppitunti lukiolaisille")))
                .isVisible();
        Browser.checkPage(coordinator);
        coordinator.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Päihdetyön oppitunti lukiolaisille")).click();
        assertThat(coordinator.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Etsi kokemusasiantuntijoita")))
                .isVisible();
        Browser.checkPage(coordinator);
        coordinator.navigate(url("/requests/new"));
        Browser.checkPage(coordinator);
    }

    private static void send(Page page) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lähetä tilaus")).click();
        page.waitForLoadState();
    }

    private Page signIn(CurrentUser user) {
        return browser.signedIn(url(""), user);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
