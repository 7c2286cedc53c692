package fi.valita.earnings;

import static fi.valita.access.PagePolicy.roles;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import fi.valita.access.PagePolicy;
import fi.valita.access.PagePolicy.Outcome;
import fi.valita.access.PagePolicy.Page;
import fi.valita.TestPools;
import fi.valita.TestPools.Pool;
import fi.valita.ValitaTest;
import fi.valita.assignments.AfterWork;
import fi.valita.assignments.Brokering;
import fi.valita.experts.ExpertPool;
import fi.valita.fees.FeeLines;
import fi.valita.identity.CurrentUser;
import fi.valita.requests.WorkRequests;
import fi.valita.shared.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Every earnings page for every role of the organisation whose expert it is about and of another one. An
 * expert's earnings and watch are theirs alone; their pool's coordinators see the watch only if it is shared.
 * Admins read the benefit limits; only the platform operator changes them.
 */
@ValitaTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EarningsBoundaryTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestPools pools;

    @Autowired
    BenefitWatches watches;

    @Autowired
    BenefitLimits limits;

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

    Pool a;
    Pool b;
    BenefitLimit limitRow;
    List<Page> pages;

    @BeforeAll
    void twoOrganisationsAndAnExpertWithEarnings() {
        a = pools.ngoPool("Earnings boundary A");
        b = pools.ngoPool("Earnings boundary B");
        new TestEarnings(requests, brokering, afterWork, feeLines, jdbc).approvedFeeAndTickets(a, 31_400, 0);
        watches.choose("EARNINGS_RELATED_PENSION", Money.parse("777"), false, a.expert());
        String code = "TEST_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
        limitRow = limits.add(new NewBenefitLimit(code, BenefitLimitKind.ANY_FEE, null, LocalDate.parse("2030-01-01"), null,
                false), "A limit of the test", pools.operator());

        var expertOnly = roles(Outcome.FORBIDDEN, Outcome.FORBIDDEN, Outcome.OK, Outcome.FORBIDDEN);
        var coordinatorsOfThePool = roles(Outcome.OK, Outcome.OK, Outcome.FORBIDDEN, Outcome.FORBIDDEN);
        var notOfAnotherPool = roles(Outcome.NOT_FOUND, Outcome.NOT_FOUND, Outcome.FORBIDDEN, Outcome.FORBIDDEN);
        var adminOnly = roles(Outcome.OK, Outcome.FORBIDDEN, Outcome.FORBIDDEN, Outcome.FORBIDDEN);
        var operatorOnly = roles(Outcome.FORBIDDEN, Outcome.FORBIDDEN, Outcome.FORBIDDEN, Outcome.FORBIDDEN);
        pages = new ArrayList<>(List.of(
                new Page("/me/earnings", expertOnly, expertOnly),
                new Page("/me/earnings?year=2025", expertOnly, expertOnly),
                new Page("/me/earnings/watch", expertOnly, expertOnly),
                new Page("/experts/" + a.expert().id() + "/benefit-watch", coordinatorsOfThePool, notOfAnotherPool),
                new Page("/experts/" + UUID.randomUUID() + "/benefit-watch", notOfAnotherPool, notOfAnotherPool),
                new Page("/admin/benefit-limits", adminOnly, adminOnly),
                new Page("/admin/benefit-limits/" + limitRow.id() + "/end", operatorOnly, operatorOnly)));
    }

    @Test
    void everyPageAnswersEachRoleOfBothOrganisationsAsThePolicySays() {
        PagePolicy.assertPolicy(mvc, pages, a, b);
    }

    @Test
    void thePlatformOperatorSeesTheLimitsAndTheEndPage() {
        for (String path : List.of("/admin/benefit-limits", "/admin/benefit-limits/" + limitRow.id() + "/end")) {
            assertThat(mvc.get().uri(path).with(user(pools.operator()))).as(path).hasStatusOk();
        }
    }

    @Test
    void signedOutVisitorsAreSentToSignIn() {
        for (Page page : pages) {
            assertThat(mvc.get().uri(page.path())).as(page.path()).hasStatus3xxRedirection().redirectedUrl()
                    .endsWith("/login");
        }
    }

    @Test
    void anExpertSeesOnlyTheirOwnEarningsAndTheCoordinatorNoUnsharedNumbers() {
        assertThat(mvc.get().uri("/me/earnings").with(user(a.expert())).header("Accept-Language", "en")).bodyText()
                .contains("€314.00");
        assertThat(mvc.get().uri("/me/earnings").with(user(b.expert())).header("Accept-Language", "en")).bodyText()
                .doesNotContain("€314.00");
        assertThat(mvc.get().uri("/me/earnings/watch").with(user(b.expert())).header("Accept-Language", "en")).bodyText()
                .doesNotContain("€777.00", "777,00", "€314.00");
        for (CurrentUser coordinator : List.of(a.coordinator(), a.admin())) {
            assertThat(mvc.get().uri("/experts/" + a.expert().id() + "/benefit-watch").with(user(coordinator))
                    .header("Accept-Language", "en")).hasStatusOk().bodyText()
                    .contains("has not shared their benefit watch")
                    .doesNotContain("€314.00", "€777.00", "pension", "left this month");
        }
    }

    @Test
    void postsByOthersChangeNothing() {
        var before = watches.mine(a.expert());
        for (CurrentUser other : List.of(a.admin(), a.coordinator(), a.requester(), b.admin(), b.coordinator(),
                b.requester())) {
            assertThat(mvc.post().uri("/me/earnings/watch").with(user(other)).with(csrf())
                    .param("limitCode", "UNEMPLOYMENT_BENEFIT").param("shared", "true")).hasStatus(403);
            assertThat(mvc.post().uri("/me/earnings/volunteer-only").with(user(other)).with(csrf())
                    .param("volunteerOnly", "UNTIL_CHANGED")).hasStatus(403);
        }
        assertThat(mvc.post().uri("/me/earnings/watch").with(user(b.expert())).with(csrf())
                .param("limitCode", "UNEMPLOYMENT_BENEFIT").param("shared", "true")).as("B's own watch")
                .hasStatus3xxRedirection();
        for (CurrentUser notOperator : List.of(a.admin(), a.coordinator(), a.expert(), a.requester(), b.admin(),
                b.coordinator(), b.expert())) {
            assertThat(mvc.post().uri("/admin/benefit-limits").with(user(notOperator)).with(csrf())
                    .param("code", limitRow.code()).param("kind", "ANY_FEE").param("validFrom", "2020-01-01")
                    .param("validTo", "2020-12-31").param("reason", "Mine")).hasStatus(403);
            assertThat(mvc.post().uri("/admin/benefit-limits/" + limitRow.id() + "/end").with(user(notOperator))
                    .with(csrf()).param("validTo", "2030-01-31").param("reason", "Mine")).hasStatus(403);
        }

        assertThat(watches.mine(a.expert())).isEqualTo(before);
        assertThat(expertPool.profile(a.expert().id(), a.expert()).feeWorkPause()).isNull();
        assertThat(limits.rowsOf(limitRow.code())).containsExactly(limitRow);
    }
}
