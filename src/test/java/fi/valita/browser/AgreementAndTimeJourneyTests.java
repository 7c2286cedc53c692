package fi.valita.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fi.valita.TestPools;
import fi.valita.assignments.AfterWork;
import fi.valita.assignments.Assignments;
import fi.valita.assignments.Brokering;
import fi.valita.assignments.TestWork;
import fi.valita.experts.TaskType;
import fi.valita.fees.FeeLines;
import fi.valita.fees.RateKind;
import fi.valita.fees.Rates;
import fi.valita.identity.CurrentUser;
import fi.valita.requests.AreasRule;
import fi.valita.requests.FeeBasis;
import fi.valita.requests.NewWorkRequest;
import fi.valita.requests.WorkRequests;
import fi.valita.shared.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
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
 * The assignment agreement and an agreed day, on a 360 px phone in Finnish: the expert reads the agreement of a
 * fee-based offer and takes the work from it, proposes a day within the window (a day outside it first), the
 * requester confirms it; work taken without its agreement asks for it before the report; the coordinator sees why
 * a fee waits. axe-core checks every page visited.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestPools.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AgreementAndTimeJourneyTests {

    static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    @LocalServerPort
    int port;

    @Autowired
    TestPools pools;

    @Autowired
    WorkRequests requests;

    @Autowired
    Brokering brokering;

    @Autowired
    Assignments assignments;

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
    void theExpertTakesTheWorkWithItsAgreementAndBothSidesAgreeTheDay() {
        var ngo = pools.ngoPool("Journey agreement NGO");
        rates.add(RateKind.PER_HOUR, null, Money.parse("20,00"), 0, 0, LocalDate.now(HELSINKI).minusYears(1), null,
                ngo.coordinator());
        LocalDate today = LocalDate.now(HELSINKI);
        var request = requests.create(new NewWorkRequest(ngo.organisation().id(), ngo.organisation().id(), null,
                "Opiskelijoiden vierailu", null, TaskType.TEACHING, List.of(), AreasRule.ANY, null, null, "fi", null,
                null, today.plusDays(3), today.plusDays(10), false, "091", null, null, 1, FeeBasis.ORGANISATION_RATE,
                null, "Opettaja", null, null, null), ngo.requester());
        var offer = brokering.sendOffers(request.id(), List.of(ngo.expert().id()),
                Instant.now().plus(1, ChronoUnit.DAYS), ngo.coordinator()).getFirst();

        Page expert = signIn(ngo.expert());
        expert.navigate(url("/offers/" + offer.id()));
        Browser.checkPage(expert);
        expert.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Lue sopimus")).click();
        assertThat(expert.getByText("Kun otat työn, hyväksyt myös tämän sopimuksen.")).isVisible();
        Browser.checkPage(expert);
        expert.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kyllä, otan työn")).click();
        expert.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Katso sovittu työ")).click();
        assertThat(expert.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Päivä ja kellonaika")))
                .isVisible();
        Browser.checkPage(expert);

        expert.getByLabel("Päivä", new Page.GetByLabelOptions().setExact(true)).fill(today.plusDays(20).toString());
        expert.getByLabel("Alkaa klo").fill("10:00");
        expert.getByLabel("Päättyy klo").fill("12:00");
        expert.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lähetä ehdotus")).click();
        assertThat(expert.locator("#error-summary")).isVisible();
        assertThat(expert.locator("#date-error")).containsText("Valitse päivä väliltä");
        Browser.checkPage(expert);
        expert.getByLabel("Päivä", new Page.GetByLabelOptions().setExact(true)).fill(today.plusDays(5).toString());
        expert.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lähetä ehdotus")).click();
        assertThat(expert.getByRole(AriaRole.STATUS)).containsText("Ehdotuksesi on lähetetty");
        Browser.checkPage(expert);

        UUID assignment = assignments.mine(ngo.expert()).getFirst().assignment().id();
        Page requester = signIn(ngo.requester());
        requester.navigate(url("/assignments/" + assignment));
        assertThat(requester.getByText("Kokemusasiantuntija ehdottaa")).isVisible();
        Browser.checkPage(requester);
        requester.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vahvista tämä aika")).click();
        assertThat(requester.getByRole(AriaRole.STATUS)).containsText("Aika on sovittu");
        Browser.checkPage(requester);

        expert.navigate(url("/assignments/" + assignment));
        assertThat(expert.getByText("Sovittu:")).isVisible();
        Browser.checkPage(expert);
        assertThat(assignments.get(assignment, ngo.expert()).assignment().startsAt())
                .isEqualTo(today.plusDays(5).atTime(10, 0).atZone(HELSINKI).toInstant());
    }

    @Test
    void workTakenWithoutItsAgreementAsksForItBeforeTheReportAndTheCoordinatorSeesWhyAFeeWaits() {
        var given = new TestWork(pools, requests, brokering, jdbc);
        var s = given.assigned("Journey report");
        rates.add(RateKind.PER_HOUR, null, Money.parse("20,00"), 0, 0, LocalDate.now(HELSINKI).minusYears(1), null,
                s.ngo().coordinator());
        given.started(s.assignment().id());

        Page expert = signIn(s.ngo().expert());
        expert.navigate(url("/assignments/" + s.assignment().id()));
        assertThat(expert.getByRole(AriaRole.HEADING,
                new Page.GetByRoleOptions().setName("Hyväksy ensin toimeksiantosopimus"))).isVisible();
        Browser.checkPage(expert);
        expert.getByLabel("Olen lukenut sopimuksen ja hyväksyn sen").check();
        expert.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Hyväksy").setExact(true)).click();
        assertThat(expert.getByRole(AriaRole.STATUS)).containsText("Sopimus on hyväksytty");
        assertThat(expert.getByLabel("Työtunnit")).isVisible();
        Browser.checkPage(expert);

        // The rate card changes after the work was approved: the fee waits until the expert accepts again.
        afterWork.complete(s.assignment().id(), BigDecimal.TWO, 0, null, false, s.ngo().expert());
        afterWork.confirm(s.assignment().id(), s.ngo().coordinator());
        rates.add(RateKind.PER_TASK, TaskType.STORY_LARGE_AUDIENCE, Money.parse("150,00"), 0, 0,
                LocalDate.now(HELSINKI).minusYears(1), null, s.ngo().coordinator());
        Page coordinator = signIn(s.ngo().coordinator());
        coordinator.navigate(url("/coordinator/fees?from=" + LocalDate.now(HELSINKI).minusMonths(1).withDayOfMonth(1)
                + "&to=" + LocalDate.now(HELSINKI).plusMonths(1)));
        assertThat(coordinator.getByText("Toimeksiantosopimus hyväksymättä").first()).isVisible();
        Browser.checkPage(coordinator);
        expert.navigate(url("/assignments/" + s.assignment().id() + "/fees"));
        assertThat(expert.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Lue ja hyväksy sopimus")))
                .isVisible();
        Browser.checkPage(expert);
        assertThat(feeLines.holds(List.of(s.assignment().id()), s.ngo().coordinator())).isNotEmpty();
    }

    private Page signIn(CurrentUser user) {
        return browser.signedIn(url(""), user);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
