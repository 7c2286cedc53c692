package fi.valita.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fi.valita.TestPools;
import fi.valita.assignments.Brokering;
import fi.valita.assignments.TestWork;
import fi.valita.fees.RateKind;
import fi.valita.fees.Rates;
import fi.valita.identity.CurrentUser;
import fi.valita.payroll.Iban;
import fi.valita.payroll.PaymentDetails;
import fi.valita.payroll.PayrollPermissions;
import fi.valita.payroll.PersonalIdentityCode;
import fi.valita.requests.WorkRequests;
import fi.valita.shared.Money;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The whole way of a fee, each step by the person who takes it, on a 360 px phone: the expert reports the
 * work, the teacher confirms it, the coordinator approves the fee lines, makes the payroll export and downloads
 * it, and the expert then sees the fee as sent to payment in their earnings. axe-core checks every page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestPools.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PayingForWorkJourneyTests {

    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    @LocalServerPort
    int port;

    @Autowired
    TestPools pools;

    @Autowired
    WorkRequests requests;

    @Autowired
    Brokering brokering;

    @Autowired
    Rates rates;

    @Autowired
    PayrollPermissions permissions;

    @Autowired
    PaymentDetails paymentDetails;

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
    void workReportedConfirmedApprovedAndExportedShowsInTheExpertsEarnings() throws IOException {
        var s = new TestWork(pools, requests, brokering, jdbc).worked("Paying journey");
        // The talk was held today: the request's own time moves into the past with the assignment's.
        jdbc.sql("""
                update work_request set starts_at = now() - interval '3 hours', ends_at = now() - interval '1 hour'
                where id = :id""").param("id", s.request().id()).update();
        LocalDate today = LocalDate.now(HELSINKI);
        rates.add(RateKind.PER_HOUR, null, Money.parse("20,00"), 0, 0, today.minusYears(1), null, s.ngo().coordinator());
        permissions.grant(s.ngo().coordinator().id(), s.ngo().admin());
        paymentDetails.save(s.ngo().expert(), null, PersonalIdentityCode.artificial(LocalDate.of(1980, 5, 17), 931),
                Iban.parse("FI4012345600001122").orElseThrow());
        String assignment = url("/assignments/" + s.assignment().id());

        Page expert = signIn(s.ngo().expert());
        expert.navigate(assignment);
        // The rate card and the time changed after the expert took the work: they accept the agreement again first.
        expert.getByLabel("Olen lukenut sopimuksen ja hyväksyn sen").check();
        expert.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Hyväksy").setExact(true)).click();
        expert.getByLabel("Työtunnit").fill("2,5");
        expert.getByLabel("Kilometrit omalla autolla").fill("10");
        expert.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lähetä raportti")).click();
        assertThat(expert.getByRole(AriaRole.STATUS)).containsText("Kiitos");
        Browser.checkPage(expert);

        Page teacher = signIn(s.school().requester());
        teacher.navigate(assignment);
        teacher.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vahvista työ")).click();
        assertThat(teacher.getByRole(AriaRole.STATUS)).containsText("vahvistettu");

        Page coordinator = signIn(s.ngo().coordinator());
        coordinator.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Palkkiot").setExact(true)).click();
        assertThat(coordinator.getByText("50,00 €").first()).isVisible();
        Browser.checkPage(coordinator);
        coordinator.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName("Hyväksy kaikki näkyvät luonnokset (2 kpl)")).click();
        assertThat(coordinator.getByRole(AriaRole.STATUS)).containsText("2 riviä hyväksytty.");
        Browser.checkPage(coordinator);

        coordinator.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Palkanmaksu")).click();
        coordinator.getByLabel("Työ tehty alkaen").fill(today.toString());
        coordinator.getByLabel("Työ tehty asti").fill(today.toString());
        coordinator.getByLabel("Maksupäivä").fill(today.toString());
        coordinator.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Näytä maksettavat")).click();
        assertThat(coordinator.locator("tbody")).containsText(s.ngo().expert().displayName());
        Browser.checkPage(coordinator);
        coordinator.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tee siirto")).click();
        assertThat(coordinator.getByRole(AriaRole.STATUS)).containsText("Siirto tehty");
        Browser.checkPage(coordinator);
        Download download = coordinator.waitForDownload(() -> coordinator.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Lataa CSV")).click());
        String csv = Files.readString(download.path(), StandardCharsets.UTF_8);
        // 2,5 h × 20 € and 10 km at the day's kilometre allowance; the fee is wage income, the km a reimbursement.
        assertThat(csv).contains("FI4012345600001122", "50.00", s.ngo().expert().displayName());
        var lineIds = jdbc.sql("select id::text from fee_line where assignment_id = :a")
                .param("a", s.assignment().id()).query(String.class).list();
        assertThat(lineIds).hasSize(2);
        assertThat(csv).contains(lineIds);

        expert.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Omat ansiot")).click();
        assertThat(expert.getByText("Lähetetty maksuun").first()).isVisible();
        assertThat(expert.locator("#year-total")).containsText("50,00");
        Browser.checkPage(expert);
    }

    private Page signIn(CurrentUser user) {
        return browser.signedIn(url(""), user);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
