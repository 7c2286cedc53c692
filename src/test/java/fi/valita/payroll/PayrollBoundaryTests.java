package fi.valita.payroll;

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
import fi.valita.fees.FeeLines;
import fi.valita.identity.CurrentUser;
import fi.valita.requests.WorkRequests;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Every payroll page, for every role of the organisation that owns the data and of another one (whose
 * coordinator holds the payroll permission in their own organisation); and nobody but a permission
 * holder of the expert's own organisation ever gets the expert's whole identity code.
 */
@ValitaTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PayrollBoundaryTests {

    @Autowired
    MockMvcTester mvc;

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
    Payroll payroll;

    @Autowired
    JdbcClient jdbc;

    Pool a;
    Pool b;
    PersonalIdentityCode codeOfA;
    PayrollExport exportOfA;
    List<Page> pages;

    @BeforeAll
    void twoOrganisationsWithPayrolls() {
        var work = new PayrollWork(pools, requests, brokering, afterWork, feeLines, permissions, details, jdbc);
        a = work.withPermission(pools.ngoPool("Payroll boundary A"));
        b = work.withPermission(pools.ngoPool("Payroll boundary B"));
        codeOfA = work.detailsOf(a.expert());
        work.detailsOf(b.expert());
        work.approvedWork(a, a.expert(), 10_000);
        work.approvedWork(b, b.expert(), 10_000);
        exportOfA = payroll.makeExport(a.coordinator(), PayrollWork.today(PayrollWork.today()));
        payroll.makeExport(b.coordinator(), PayrollWork.today(PayrollWork.today()));

        var expertOnly = roles(Outcome.FORBIDDEN, Outcome.FORBIDDEN, Outcome.OK, Outcome.FORBIDDEN);
        var adminOnly = roles(Outcome.OK, Outcome.FORBIDDEN, Outcome.FORBIDDEN, Outcome.FORBIDDEN);
        var permissionHolders = roles(Outcome.FORBIDDEN, Outcome.OK, Outcome.FORBIDDEN, Outcome.FORBIDDEN);
        var permissionHoldersOtherOrg = roles(Outcome.FORBIDDEN, Outcome.NOT_FOUND, Outcome.FORBIDDEN, Outcome.FORBIDDEN);
        String export = "/coordinator/payroll/exports/" + exportOfA.id();
        String today = PayrollWork.today().toString();
        pages = List.of(
                new Page("/me/payment-details", expertOnly, expertOnly),
                new Page("/coordinator/payroll", permissionHolders, permissionHolders),
                new Page("/coordinator/payroll?from=" + today + "&to=" + today + "&paymentDate=" + today,
                        permissionHolders, permissionHolders),
                new Page(export + "/csv", permissionHolders, permissionHoldersOtherOrg),
                new Page(export + "/xlsx", permissionHolders, permissionHoldersOtherOrg),
                new Page("/admin/payroll-permissions", adminOnly, adminOnly),
                new Page("/admin/payroll-access-log", adminOnly, adminOnly));
    }

    @Test
    void everyPageAnswersEachRoleOfBothOrganisationsAsThePolicySays() {
        PagePolicy.assertPolicy(mvc, pages, a, b);
    }

    @Test
    void nobodyButThePayrollOfTheExpertsOwnOrganisationGetsTheWholeCode() {
        var softly = new SoftAssertions();
        for (Page page : pages) {
            for (CurrentUser viewer : everyone()) {
                var response = mvc.get().uri(page.path()).with(user(viewer)).exchange().getResponse();
                String body = new String(response.getContentAsByteArray(), StandardCharsets.UTF_8);
                boolean fileOfA = viewer.equals(a.coordinator()) && page.path().endsWith("/csv");
                if (!fileOfA) {
                    softly.assertThat(body).as("%s as %s", page.path(), viewer).doesNotContain(codeOfA.value());
                }
            }
        }
        softly.assertAll();
    }

    @Test
    void signedOutVisitorsAreSentToSignIn() {
        PagePolicy.assertSignInRequired(mvc, pages);
    }

    @Test
    void anotherOrganisationCannotRevealMarkPaidOrGrant() throws Exception {
        int logRows = logRowsAbout(a.expert());
        for (CurrentUser outsider : List.of(b.coordinator(), b.admin(), b.expert(), b.requester(), a.expert(),
                a.requester())) {
            var reveal = mvc.post().uri("/coordinator/payroll/reveal").with(user(outsider)).with(csrf())
                    .param("expertId", a.expert().id().toString()).exchange();
            assertThat(reveal.getResponse().getStatus()).as("reveal as %s", outsider).isIn(403, 404);
            assertThat(reveal.getResponse().getContentAsString()).doesNotContain(codeOfA.value());
            var paid = mvc.post().uri("/coordinator/payroll/exports/{id}/paid", exportOfA.id()).with(user(outsider))
                    .with(csrf()).param("paidOn", PayrollWork.today().toString()).exchange();
            assertThat(paid.getResponse().getStatus()).as("paid as %s", outsider).isIn(403, 404);
            var grant = mvc.post().uri("/admin/payroll-permissions/{id}/grant", a.admin().id()).with(user(outsider))
                    .with(csrf()).exchange();
            assertThat(grant.getResponse().getStatus()).as("grant as %s", outsider).isIn(403, 404);
        }
        assertThat(mvc.post().uri("/coordinator/payroll/reveal").with(user(b.coordinator())).with(csrf())
                .param("expertId", a.expert().id().toString())).hasStatus(404);
        assertThat(payroll.export(a.coordinator(), exportOfA.id()).isPaid()).isFalse();
        assertThat(permissions.has(a.admin())).isFalse();
        assertThat(logRowsAbout(a.expert())).as("no access was logged").isEqualTo(logRows);
    }

    private int logRowsAbout(CurrentUser expert) {
        return jdbc.sql("select count(*) from identity_code_access where expert_id = :e").param("e", expert.id())
                .query(Integer.class).single();
    }

    private List<CurrentUser> everyone() {
        return List.of(a.admin(), a.coordinator(), a.expert(), a.requester(), b.admin(), b.coordinator(), b.expert(),
                b.requester());
    }
}
