package fi.valita.api;

import static org.assertj.core.api.Assertions.assertThat;

import fi.valita.TestPools;
import fi.valita.ValitaTest;
import fi.valita.assignments.AfterWork;
import fi.valita.assignments.Brokering;
import fi.valita.earnings.BenefitWatches;
import fi.valita.earnings.Earnings;
import fi.valita.earnings.TestEarnings;
import fi.valita.earnings.VolunteerOnly;
import fi.valita.fees.FeeLines;
import fi.valita.requests.WorkRequests;
import fi.valita.shared.Money;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** GET /api/v1/me/earnings: the calling expert's own months, totals and benefit watch, and nobody else's. */
@ValitaTest
class ApiEarningsTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestPools pools;

    @Autowired
    ApiTokens tokens;

    @Autowired
    Earnings earnings;

    @Autowired
    BenefitWatches watches;

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

    @Test
    void theExpertGetsTheirMonthsTotalsAndBenefitWatchInCents() {
        var ngo = pools.ngoPool("API earnings NGO");
        var given = new TestEarnings(requests, brokering, afterWork, feeLines, jdbc);
        given.feeAndTickets(ngo, 30_000, 580);
        given.approvedFeeAndTickets(ngo, 10_000, 0);
        watches.choose("EARNINGS_RELATED_PENSION", Money.parse("500"), false, ngo.expert());
        watches.offerOnlyVolunteerWork(VolunteerOnly.UNTIL_CHANGED, ngo.expert());
        var today = earnings.today();
        int thisMonth = today.getMonthValue() - 1;

        var answer = assertThat(mvc.get().uri("/api/v1/me/earnings").with(Bearer.as(ngo.expert(), tokens)))
                .hasStatusOk().bodyJson();
        answer.extractingPath("$.year").isEqualTo(today.getYear());
        answer.extractingPath("$.months.length()").isEqualTo(today.getMonthValue());
        answer.extractingPath("$.months[" + thisMonth + "].month").isEqualTo(YearMonth.from(today).toString());
        answer.extractingPath("$.months[" + thisMonth + "].fees.byStatusCents.DRAFT").isEqualTo(30_000);
        answer.extractingPath("$.months[" + thisMonth + "].fees.byStatusCents.APPROVED").isEqualTo(10_000);
        answer.extractingPath("$.months[" + thisMonth + "].fees.byStatusCents.PAID").isEqualTo(0);
        answer.extractingPath("$.months[" + thisMonth + "].expenses.byKindCents.TICKETS").isEqualTo(580);
        answer.extractingPath("$.fees.countedCents").isEqualTo(40_000);
        answer.extractingPath("$.expenses.countedCents").isEqualTo(580);
        answer.extractingPath("$.benefitWatch.limit.code").isEqualTo("EARNINGS_RELATED_PENSION");
        answer.extractingPath("$.benefitWatch.limitCents").isEqualTo(50_000);
        answer.extractingPath("$.benefitWatch.usedCents").isEqualTo(40_000);
        answer.extractingPath("$.benefitWatch.leftCents").isEqualTo(10_000);
        answer.extractingPath("$.benefitWatch.percent").isEqualTo(80);
        answer.extractingPath("$.benefitWatch.volunteerWorkOnly.active").isEqualTo(true);
        answer.extractingPath("$.benefitWatch.volunteerWorkOnly.until").isNull();
    }

    @Test
    void anotherExpertSeesNothingOfItAndALastYearCanBeAsked() {
        var ngo = pools.ngoPool("API own earnings NGO");
        new TestEarnings(requests, brokering, afterWork, feeLines, jdbc).feeAndTickets(ngo, 12_300, 0);
        var stranger = pools.ngoPool("API stranger earnings NGO");
        int lastYear = earnings.today().getYear() - 1;

        var answer = assertThat(mvc.get().uri("/api/v1/me/earnings").with(Bearer.as(stranger.expert(), tokens)))
                .hasStatusOk().bodyJson();
        answer.extractingPath("$.fees.countedCents").isEqualTo(0);
        answer.extractingPath("$.benefitWatch.limit").isNull();
        answer.extractingPath("$.benefitWatch.volunteerWorkOnly.active").isEqualTo(false);
        assertThat(mvc.get().uri("/api/v1/me/earnings?year=" + lastYear).with(Bearer.as(ngo.expert(), tokens)))
                .hasStatusOk().bodyJson().extractingPath("$.months.length()").isEqualTo(12);
    }

    @Test
    void onlyAnExpertHasEarnings() {
        var ngo = pools.ngoPool("API earnings roles NGO");
        for (var notExpert : new fi.valita.identity.CurrentUser[] {ngo.coordinator(), ngo.admin(), ngo.requester()}) {
            assertThat(mvc.get().uri("/api/v1/me/earnings").with(Bearer.as(notExpert, tokens)))
                    .hasStatus(HttpStatus.FORBIDDEN).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                    .bodyJson().extractingPath("$.status").isEqualTo(403);
        }
        assertThat(mvc.get().uri("/api/v1/me/earnings")).hasStatus(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void aYearThatCannotBeShownIsABadRequest() {
        var expert = Bearer.as(pools.ngoPool("API earnings years NGO").expert(), tokens);
        int nextYear = earnings.today().getYear() + 1;
        for (String year : new String[] {"abc", "1999", String.valueOf(nextYear), "20266", ""}) {
            var answer = assertThat(mvc.get().uri("/api/v1/me/earnings?year=" + year).with(expert)).as(year)
                    .hasStatus(HttpStatus.BAD_REQUEST).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                    .bodyJson();
            answer.extractingPath("$.errors[0].field").isEqualTo("year");
        }
    }
}
