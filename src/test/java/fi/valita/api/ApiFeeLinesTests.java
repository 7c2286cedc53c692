package fi.valita.api;

import static org.assertj.core.api.Assertions.assertThat;

import fi.valita.TestPools;
import fi.valita.ValitaTest;
import fi.valita.assignments.AfterWork;
import fi.valita.assignments.Brokering;
import fi.valita.fees.FeeLineKind;
import fi.valita.fees.FeeLineStatus;
import fi.valita.fees.FeeLines;
import fi.valita.fees.Rates;
import fi.valita.fees.TestFees;
import fi.valita.identity.Role;
import fi.valita.requests.WorkRequests;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Fee lines through the API: who lists which, approval by the pool's coordinator, problems for everything else. */
@ValitaTest
class ApiFeeLinesTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestPools pools;

    @Autowired
    ApiTokens tokens;

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

    TestFees fees;

    LocalDate today = LocalDate.now(ZoneId.of("Europe/Helsinki"));

    @BeforeEach
    void setUp() {
        fees = new TestFees(pools, rates, feeLines, requests, brokering, afterWork);
    }

    @Test
    void coordinatorListsTheOrganisationsLinesOfTheMonthWithMoneyInCents() {
        var work = fees.hourlyWork("API fee list NGO");
        var other = fees.hourlyWork("API fee list other NGO");

        var answer = mvc.get().uri("/api/v1/fee-lines?status=DRAFT").with(Bearer.as(work.pool().coordinator(), tokens));

        assertThat(answer).hasStatusOk().bodyJson().extractingPath("$.length()").isEqualTo(3);
        assertThat(answer).bodyJson().extractingPath("$[?(@.kind == 'FEE')].totalCents").asArray().containsExactly(4000);
        assertThat(answer).bodyJson().extractingPath("$[?(@.kind == 'FEE')].unitCents").asArray().containsExactly(2000);
        assertThat(answer).bodyJson().extractingPath("$[?(@.kind == 'FEE')].quantity").asArray().containsExactly(2.0);
        assertThat(answer).bodyJson().extractingPath("$[0].workDate").isEqualTo(today.toString());
        assertThat(answer).bodyText().doesNotContain(other.fee().id().toString());
        assertThat(mvc.get().uri("/api/v1/fee-lines?status=APPROVED&from={f}&to={t}", today.withDayOfMonth(1), today)
                .with(Bearer.as(work.pool().coordinator(), tokens))).hasStatusOk().bodyJson()
                .extractingPath("$.length()").isEqualTo(0);
    }

    @Test
    void expertGetsOnlyTheirOwnLines() {
        var work = fees.hourlyWork("API fee expert NGO");
        var colleague = pools.person(work.pool().organisation().id(), Role.EXPERT, "Colleague");

        assertThat(mvc.get().uri("/api/v1/fee-lines").with(Bearer.as(work.pool().expert(), tokens)))
                .hasStatusOk().bodyJson().extractingPath("$[*].id").asArray()
                .containsExactlyInAnyOrder(work.lines().stream().map(l -> l.id().toString()).toArray());
        assertThat(mvc.get().uri("/api/v1/fee-lines").with(Bearer.as(colleague, tokens)))
                .hasStatusOk().bodyJson().extractingPath("$.length()").isEqualTo(0);
    }

    @Test
    void requesterIsRefusedWithAProblem() {
        var work = fees.hourlyWork("API fee requester NGO");

        assertThat(mvc.get().uri("/api/v1/fee-lines").with(Bearer.as(work.pool().requester(), tokens)))
                .hasStatus(HttpStatus.FORBIDDEN).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson().extractingPath("$.status").isEqualTo(403);
        assertThat(mvc.post().uri("/api/v1/fee-lines/{id}/approval", work.fee().id())
                .with(Bearer.as(work.pool().expert(), tokens))).hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void aBadStatusOrDayIsA400ProblemNamingTheField() {
        var coordinator = pools.ngoPool("API fee bad input NGO").coordinator();

        var answer = mvc.get().uri("/api/v1/fee-lines?status=DRAFT,LOST&from=yesterday&to=2026-13-01")
                .with(Bearer.as(coordinator, tokens));

        assertThat(answer).hasStatus(HttpStatus.BAD_REQUEST)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson().extractingPath("$.errors[*].field").asArray().containsExactly("status", "from", "to");
        assertThat(mvc.get().uri("/api/v1/fee-lines?from=2026-06-30&to=2026-06-01").with(Bearer.as(coordinator, tokens)))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.errors[0].field").isEqualTo("to");
    }

    @Test
    void coordinatorApprovesADraftOnceAndThenHearsWhyNot() {
        var work = fees.hourlyWork("API fee approve NGO");
        var coordinator = Bearer.as(work.pool().coordinator(), tokens);
        var fee = work.fee().id();

        assertThat(mvc.post().uri("/api/v1/fee-lines/{id}/approval", fee).with(coordinator))
                .hasStatusOk().bodyJson().extractingPath("$.status").isEqualTo("APPROVED");
        var again = mvc.post().uri("/api/v1/fee-lines/{id}/approval", fee).with(coordinator);
        assertThat(again).hasStatus(HttpStatus.CONFLICT)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson().extractingPath("$.reason").isEqualTo("not_draft");

        var declined = fees.moreWork(work.pool());
        feeLines.decline(declined.fee().id(), work.pool().expert());
        assertThat(mvc.post().uri("/api/v1/fee-lines/{id}/approval", declined.fee().id()).with(coordinator))
                .hasStatus(HttpStatus.CONFLICT).bodyJson().extractingPath("$.reason").isEqualTo("declined");
        var km = declined.line(FeeLineKind.KM_ALLOWANCE).id();
        assertThat(mvc.post().uri("/api/v1/fee-lines/{id}/approval", km).with(coordinator)).hasStatusOk();
        assertThat(feeLines.revision(km, work.pool().coordinator()).line().status()).isEqualTo(FeeLineStatus.APPROVED);
    }

    @Test
    void anotherPoolsLineOrNoLineAtAllIsA404Problem() {
        var work = fees.hourlyWork("API fee owner NGO");
        var stranger = pools.ngoPool("API fee stranger NGO");

        assertThat(mvc.post().uri("/api/v1/fee-lines/{id}/approval", work.fee().id())
                .with(Bearer.as(stranger.coordinator(), tokens)))
                .hasStatus(HttpStatus.NOT_FOUND).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(mvc.post().uri("/api/v1/fee-lines/not-an-id/approval").with(Bearer.as(stranger.coordinator(), tokens)))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(feeLines.revision(work.fee().id(), work.pool().coordinator()).line().status())
                .isEqualTo(FeeLineStatus.DRAFT);
    }
}
