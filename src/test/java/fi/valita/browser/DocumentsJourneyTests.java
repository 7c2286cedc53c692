package fi.valita.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fi.valita.TestPools;
import fi.valita.assignments.AfterWork;
import fi.valita.assignments.Brokering;
import fi.valita.assignments.TestWork;
import fi.valita.documents.DocumentsWork;
import fi.valita.fees.FeeLines;
import fi.valita.fees.Rates;
import fi.valita.identity.CurrentUser;
import fi.valita.requests.FeeBasis;
import fi.valita.requests.WorkRequests;
import java.time.YearMonth;
import java.util.UUID;
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
 * Documents on a 360 px phone: the expert opens the agreement of their fee-based assignment from the assignment
 * page and accepts it (forgetting the tick first), then opens their fee statement; the coordinator opens the
 * invoice summaries and one organisation's month. axe-core checks every page visited.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestPools.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DocumentsJourneyTests {

    @LocalServerPort
    int port;

    @Autowired
    TestPools pools;

    @Autowired
    WorkRequests requests;

    @Autowired
    Brokering brokering;

    @Autowired
    AfterWork afterWork;

    @Autowired
    FeeLines feeLines;

    @Autowired
    Rates rates;

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
    void theExpertAcceptsTheAgreementOnAPhoneAndTheCoordinatorReadsTheInvoices() {
        var s = new TestWork(pools, requests, brokering, jdbc).assigned("Documents journey");
        var work = new DocumentsWork(requests, brokering, afterWork, feeLines, rates, jdbc);
        work.hourlyRate(s.ngo());
        UUID done = work.approved(s.ngo(), s.school().requester(), "Luento äänestä ja öistä", FeeBasis.ORGANISATION_RATE,
                null, "2", 12, 580L);
        work.workedOn(done, YearMonth.now(DocumentsWork.HELSINKI).minusMonths(1).atDay(10));

        Page expert = signIn(s.ngo().expert());
        expert.navigate(url("/assignments/" + s.assignment().id()));
        expert.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Toimeksiantosopimus")).click();
        assertThat(expert.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Toimeksiantosopimus")))
                .isVisible();
        assertThat(expert.getByText("Ei vielä hyväksytty")).isVisible();
        Browser.checkPage(expert);
        expert.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Hyväksy")).click();
        assertThat(expert.locator("#error-summary"))
                .containsText("Olen lukenut sopimuksen ja hyväksyn sen: rastita ruutu");
        Browser.checkPage(expert);
        expert.getByLabel("Olen lukenut sopimuksen ja hyväksyn sen").check();
        expert.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Hyväksy")).click();
        assertThat(expert.getByRole(AriaRole.STATUS)).containsText("Kiitos! Sopimus on hyväksytty.");
        assertThat(expert.getByText("Hyväksyit tämän sopimuksen")).isVisible();
        Browser.checkPage(expert);
        expert.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Omat ansiot")).click();
        expert.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Palkkioyhteenveto")).click();
        assertThat(expert.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .containsText("Palkkioyhteenveto");
        Browser.checkPage(expert);

        Page coordinator = signIn(s.ngo().coordinator());
        coordinator.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Laskutus")).click();
        assertThat(coordinator.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Laskutusyhteenvedot");
        Browser.checkPage(coordinator);
        coordinator.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(s.school().organisation().name()))
                .click();
        assertThat(coordinator.getByText("Luento äänestä ja öistä")).isVisible();
        Browser.checkPage(coordinator);
        coordinator.navigate(url("/coordinator/agreements"));
        // Both pieces of work are listed: the one accepted above, and the one taken with its agreement on the offer.
        assertThat(coordinator.getByText("Hyväksytty", new Page.GetByTextOptions().setExact(true))).hasCount(2);
        Browser.checkPage(coordinator);
    }

    private Page signIn(CurrentUser user) {
        return browser.signedIn(url(""), user);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
