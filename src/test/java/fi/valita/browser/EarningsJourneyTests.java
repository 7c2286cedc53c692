package fi.valita.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fi.valita.TestPools;
import fi.valita.assignments.AfterWork;
import fi.valita.assignments.Brokering;
import fi.valita.earnings.TestEarnings;
import fi.valita.experts.ExpertPool;
import fi.valita.experts.FeeWorkPause;
import fi.valita.fees.FeeLines;
import fi.valita.identity.CurrentUser;
import fi.valita.requests.WorkRequests;
import java.time.LocalDate;
import java.time.YearMonth;
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
 * An expert on a pension checks their earnings on a 360 px phone, chooses the limit of their own pension
 * decision (forgetting the amount first), sees how much is left this month and asks for volunteer work only
 * for the rest of the month; their coordinator sees that the watch is not shared. axe-core checks every page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestPools.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EarningsJourneyTests {

    @LocalServerPort
    int port;

    @Autowired
    TestPools pools;

    @Autowired
    ExpertPool expertPool;

    @Autowired
    WorkRequests requests;

    @Autowired
    Brokering brokering;

    @Autowired
    AfterWork afterWork;

    @Autowired
    FeeLines feeLines;

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
    void expertSeesTheirEarningsChoosesALimitAndAsksForVolunteerWorkOnly() {
        var ngo = pools.ngoPool("Earnings journey NGO");
        var given = new TestEarnings(requests, brokering, afterWork, feeLines, jdbc);
        given.feeAndTickets(ngo, 30_000, 580);
        given.approvedFeeAndTickets(ngo, 8_000, 0);
        Page expert = signIn(ngo.expert());

        expert.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Omat ansiot")).click();
        assertThat(expert.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("Omat ansiot");
        assertThat(expert.locator(".month-list li").first()).containsText("Tämä kuukausi");
        assertThat(expert.locator(".month-list li").first()).containsText("Odottaa koordinaattoria");
        assertThat(expert.locator(".month-list li").first()).containsText("Hyväksytty");
        assertThat(expert.locator(".month-list li").first()).containsText("Matkaliput");
        Browser.checkPage(expert);

        expert.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Avaa tulorajan seuranta")).click();
        Browser.checkPage(expert);
        expert.getByText("Oma eläkepäätökseni: oma raja kuukaudessa").click();
        expert.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tallenna").setExact(true)).click();
        assertThat(expert.locator("#error-summary")).isVisible();
        assertThat(expert.locator("#personalAmount-error")).containsText("Kirjoita tähän valintaan oma rajasi euroina.");
        Browser.checkPage(expert);

        expert.getByLabel("Oma rajani euroina").fill("500,00");
        expert.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tallenna").setExact(true)).click();
        assertThat(expert.getByRole(AriaRole.STATUS).first()).containsText("Tallennettu");
        assertThat(expert.locator("#watch-status")).containsText("Voit ansaita vielä 120,00");
        assertThat(expert.locator("#watch-status")).containsText("(76 %)");
        Browser.checkPage(expert);

        expert.getByText("Vain vapaaehtoistyötä tämän kuun loppuun").click();
        expert.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tallenna toiveeni")).click();
        assertThat(expert.getByRole(AriaRole.STATUS).first()).containsText("Tallennettu");
        assertThat(expert.getByText("Olet toivonut, että sinulle tarjotaan vain vapaaehtoistyötä")).isVisible();
        Browser.checkPage(expert);
        LocalDate lastDay = YearMonth.now(ZoneId.of("Europe/Helsinki")).atEndOfMonth();
        assertThat(expertPool.profile(ngo.expert().id(), ngo.expert()).feeWorkPause()).isEqualTo(new FeeWorkPause(lastDay));

        Page coordinator = signIn(ngo.coordinator());
        coordinator.navigate(url("/experts/" + ngo.expert().id() + "/benefit-watch"));
        assertThat(coordinator.getByText("ei ole jakanut tulorajan seurantaansa")).isVisible();
        assertThat(coordinator.locator("main")).not().containsText("500,00");
        Browser.checkPage(coordinator);
    }

    private Page signIn(CurrentUser user) {
        return browser.signedIn(url(""), user);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
