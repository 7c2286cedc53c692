package fi.valita.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fi.valita.TestPools;
import fi.valita.assignments.AfterWork;
import fi.valita.assignments.Brokering;
import fi.valita.fees.FeeLines;
import fi.valita.identity.CurrentUser;
import fi.valita.payroll.PaymentDetails;
import fi.valita.payroll.PayrollPermissions;
import fi.valita.payroll.PayrollWork;
import fi.valita.payroll.PersonalIdentityCode;
import fi.valita.requests.WorkRequests;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
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
 * Payroll on a 360 px phone: the expert saves their payment details, the admin gives the coordinator
 * the payroll permission, the coordinator previews the period, makes the export and downloads its
 * file, and the expert then sees who has seen their code. axe-core checks every page visited.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestPools.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PayrollJourneyTests {

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
    PayrollPermissions permissions;

    @Autowired
    PaymentDetails details;

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
    void adminGivesThePermissionAndTheCoordinatorExportsTheMonthOnAPhone() throws Exception {
        var work = new PayrollWork(pools, requests, brokering, afterWork, feeLines, permissions, details, jdbc);
        var ngo = pools.ngoPool("Payroll journey NGO");
        work.approvedWork(ngo, ngo.expert(), 15_000);
        String code = PersonalIdentityCode.artificial(LocalDate.of(1988, 6, 30), 971).value();

        Page expert = signIn(ngo.expert());
        expert.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Maksutiedot")).click();
        Browser.checkPage(expert);
        expert.getByLabel("Henkilötunnus").fill("300688-9710");
        expert.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tallenna")).click();
        assertThat(expert.locator("#error-summary")).isVisible();
        Browser.checkPage(expert);
        expert.getByLabel("Henkilötunnus").fill(code);
        expert.getByLabel("Tilinumero (IBAN)").fill("FI21 1234 5600 0007 85");
        expert.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tallenna")).click();
        assertThat(expert.getByRole(AriaRole.STATUS)).containsText("Tallennettu");
        assertThat(expert.locator("main")).containsText("…" + code.substring(7));
        assertThat(expert.locator("main")).not().containsText(code);
        Browser.checkPage(expert);

        Page admin = signIn(ngo.admin());
        admin.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Palkanmaksu")).click();
        Browser.checkPage(admin);
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName("Anna palkanmaksun oikeus henkilölle " + ngo.coordinator().displayName())).click();
        assertThat(admin.getByRole(AriaRole.STATUS)).containsText("annettu");
        Browser.checkPage(admin);
        admin.navigate(url("/admin/payroll-access-log"));
        Browser.checkPage(admin);

        Page coordinator = signIn(ngo.coordinator());
        coordinator.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Palkanmaksu")).click();
        Browser.checkPage(coordinator);
        String today = PayrollWork.today().toString();
        coordinator.getByLabel("Työ tehty alkaen").fill(today);
        coordinator.getByLabel("Työ tehty asti").fill(today);
        coordinator.getByLabel("Maksupäivä").fill(today);
        coordinator.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Näytä maksettavat")).click();
        assertThat(coordinator.locator("tbody")).containsText(ngo.expert().displayName());
        assertThat(coordinator.locator("tbody")).not().containsText(code);
        Browser.checkPage(coordinator);

        coordinator.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName("Näytä tunnus: " + ngo.expert().displayName() + " (katselu kirjataan)")).click();
        assertThat(coordinator.locator("tbody")).containsText(code);
        Browser.checkPage(coordinator);

        coordinator.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tee siirto")).click();
        assertThat(coordinator.getByRole(AriaRole.STATUS)).containsText("Siirto tehty");
        Browser.checkPage(coordinator);
        Download download = coordinator.waitForDownload(() -> coordinator.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Lataa CSV")).click());
        String csv = Files.readString(download.path(), StandardCharsets.UTF_8);
        assertThat(csv).contains(code, "FI2112345600000785", "150.00");

        expert.navigate(url("/me/payment-details"));
        assertThat(expert.locator("main")).containsText(ngo.coordinator().displayName() + " (");
        Browser.checkPage(expert);
    }

    private Page signIn(CurrentUser user) {
        return browser.signedIn(url(""), user);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
