package fi.valita.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fi.valita.TestPools;
import fi.valita.assignments.AfterWork;
import fi.valita.assignments.Brokering;
import fi.valita.fees.FeeLines;
import fi.valita.fees.Rates;
import fi.valita.fees.TestFees;
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

/**
 * Paying a month of work on a 360 px phone: the coordinator opens the fees, corrects a line (with a
 * mistake first) and approves it and the rest; the expert reads what will be paid and says no to the fee;
 * the administrator opens the tax-free rates. axe-core checks every page visited, and none scrolls sideways.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestPools.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FeesJourneyTests {

    @LocalServerPort
    int port;

    @Autowired
    TestPools pools;

    @Autowired
    Rates rates;

    @Autowired
    FeeLines feeLines;

    @Autowired
    WorkRequests requests;

    @Autowired
    Brokering brokering;

    @Autowired
    AfterWork afterWork;

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
    void coordinatorCorrectsAndApprovesTheMonthAndTheExpertSeesWhatIsPaid() {
        var work = new TestFees(pools, rates, feeLines, requests, brokering, afterWork).hourlyWork("Journey fees NGO");

        Page coordinator = signIn(work.pool().coordinator());
        coordinator.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Palkkiot").setExact(true)).click();
        assertThat(coordinator.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Work this week")))
                .isVisible();
        Browser.checkPage(coordinator);

        coordinator.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Korjaa tai katso tarkemmin (Palkkio,"))
                .click();
        Browser.checkPage(coordinator);
        coordinator.getByLabel("Uusi summa (euroa)").fill("neljäkymmentäviisi");
        coordinator.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tallenna korjaus")).click();
        assertThat(coordinator.locator("#error-summary")).isVisible();
        assertThat(coordinator.locator("#total-error")).containsText("Kirjoita summa euroina");
        assertThat(coordinator.locator("#reason-error")).isVisible();
        assertThat(coordinator.getByLabel("Uusi summa (euroa)")).hasValue("neljäkymmentäviisi");
        Browser.checkPage(coordinator);

        coordinator.getByLabel("Uusi summa (euroa)").fill("45,50");
        coordinator.getByLabel("Miksi summaa korjataan?").fill("Valmistautuminen sovittiin puhelimessa");
        coordinator.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tallenna korjaus")).click();
        assertThat(coordinator.getByRole(AriaRole.STATUS)).containsText("Summa on korjattu.");
        assertThat(coordinator.getByText("40,00 € → 45,50 €")).isVisible();
        Browser.checkPage(coordinator);

        coordinator.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Hyväksy tämä rivi")).click();
        assertThat(coordinator.getByRole(AriaRole.STATUS)).containsText("Yksi rivi hyväksytty.");
        Browser.checkPage(coordinator);

        coordinator.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Kuukauden kaikki palkkiorivit")).click();
        coordinator.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName("Hyväksy kaikki näkyvät luonnokset (2 kpl)")).click();
        assertThat(coordinator.getByRole(AriaRole.STATUS)).containsText("2 riviä hyväksytty.");
        Browser.checkPage(coordinator);

        coordinator.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Palkkiotaulukko")).click();
        assertThat(coordinator.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Palkkiotaulukko")))
                .isVisible();
        Browser.checkPage(coordinator);

        Page expert = signIn(work.pool().expert());
        expert.navigate(url("/assignments/" + work.assignment()));
        expert.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Palkkiosi tästä työstä")).click();
        assertThat(expert.getByText("45,50 €")).isVisible();
        assertThat(expert.getByText("Tarkistettu. Tämä maksetaan.").first()).isVisible();
        Browser.checkPage(expert);
        expert.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("En halua palkkiota tästä työstä")).click();
        Browser.checkPage(expert);
        expert.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kyllä, ei palkkiota tästä työstä")).click();
        assertThat(expert.getByRole(AriaRole.STATUS)).containsText("Et saa tästä työstä palkkiota");
        Browser.checkPage(expert);

        Page admin = signIn(work.pool().admin());
        admin.navigate(url("/admin/fee-parameters"));
        assertThat(admin.getByText("Tarkista luvut joka vuosi")).isVisible();
        Browser.checkPage(admin);
    }

    private Page signIn(CurrentUser user) {
        return browser.signedIn(url(""), user);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
