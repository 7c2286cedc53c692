package fi.valita.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fi.valita.TestPools;
import fi.valita.assignments.Brokering;
import fi.valita.assignments.TestWork;
import fi.valita.identity.CurrentUser;
import fi.valita.requests.WorkRequests;
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
 * After the work on a 360 px phone: the expert reports hours and travel (with a mistake first), gives
 * feedback and opens the mistreatment form; the teacher confirms; the coordinator reads the task list.
 * axe-core checks every page visited.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestPools.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AfterWorkJourneyTests {

    @LocalServerPort
    int port;

    @Autowired
    TestPools pools;

    @Autowired
    WorkRequests requests;

    @Autowired
    Brokering brokering;

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
    void theExpertReportsTheWorkAndGivesFeedbackAndTheTeacherConfirms() {
        var s = new TestWork(pools, requests, brokering, jdbc).worked("Journey");
        String assignment = "/assignments/" + s.assignment().id();
        Page expert = signIn(s.ngo().expert());

        expert.navigate(url(assignment));
        Browser.checkPage(expert);
        expert.getByLabel("Työtunnit").fill("kaksi");
        expert.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lähetä raportti")).click();
        assertThat(expert.locator("#error-summary")).isVisible();
        Browser.checkPage(expert);
        expert.getByLabel("Työtunnit").fill("2,5");
        expert.getByLabel("Kilometrit omalla autolla").fill("12");
        expert.getByLabel("Liput (euroa)").fill("5,80");
        expert.getByLabel("Haluan jutella työstä koordinaattorin kanssa").check();
        expert.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lähetä raportti")).click();
        assertThat(expert.getByRole(AriaRole.STATUS)).containsText("Kiitos");
        Browser.checkPage(expert);

        expert.getByText("4 – Hyvin").click();
        expert.getByLabel("Kommentti (ei pakollinen)").fill("Hyvin valmisteltu ryhmä");
        expert.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lähetä palaute")).click();
        assertThat(expert.getByText("Sinun palautteesi")).isVisible();
        Browser.checkPage(expert);

        expert.navigate(url(assignment + "/mistreatment"));
        expert.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lähetä koordinaattorille")).click();
        assertThat(expert.locator("#error-summary")).isVisible();
        Browser.checkPage(expert);

        Page teacher = signIn(s.school().requester());
        teacher.navigate(url(assignment));
        Browser.checkPage(teacher);
        teacher.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vahvista työ")).click();
        assertThat(teacher.getByRole(AriaRole.STATUS)).containsText("vahvistettu");
        Browser.checkPage(teacher);

        Page coordinator = signIn(s.ngo().coordinator());
        coordinator.navigate(url("/coordinator/tasks"));
        assertThat(coordinator.getByText("Toivoo jälkipuintia")).isVisible();
        Browser.checkPage(coordinator);
    }

    private Page signIn(CurrentUser user) {
        return browser.signedIn(url(""), user);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
