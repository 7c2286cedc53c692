package fi.valita.payroll.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import fi.valita.ErrorSummary;
import fi.valita.TestPools;
import fi.valita.ValitaTest;
import fi.valita.assignments.AfterWork;
import fi.valita.assignments.Brokering;
import fi.valita.fees.FeeLines;
import fi.valita.payroll.PaymentDetails;
import fi.valita.payroll.PayrollPermissions;
import fi.valita.payroll.PayrollWork;
import fi.valita.requests.WorkRequests;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The payroll pages as their users click through them. */
@ValitaTest
class PayrollPagesTests {

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
    JdbcClient jdbc;

    PayrollWork work;

    @BeforeEach
    void setUp() {
        work = new PayrollWork(pools, requests, brokering, afterWork, feeLines, permissions, details, jdbc);
    }

    @Test
    void expertSavesTheirDetailsAndSeesOnlyTheEnds() {
        var ngo = pools.ngoPool("Pages details NGO");

        assertThat(mvc.post().uri("/me/payment-details?lang=en").with(user(ngo.expert())).with(csrf())
                .param("payeeName", "Maija Meikäläinen").param("identityCode", "131052-308U").param("iban", "FI21"))
                .hasStatusOk().bodyText()
                .contains("Check the identity code", "Check the bank account number");
        assertThat(details.mine(ngo.expert()).codeEnding()).as("nothing saved").isNull();

        String code = fi.valita.payroll.PersonalIdentityCode.artificial(java.time.LocalDate.of(1990, 2, 3), 944).value();
        assertThat(mvc.post().uri("/me/payment-details").with(user(ngo.expert())).with(csrf())
                .param("payeeName", "Maija Meikäläinen").param("identityCode", code.toLowerCase())
                .param("iban", "fi21 1234 5600 0007 85"))
                .hasStatus3xxRedirection().hasRedirectedUrl("/me/payment-details");

        assertThat(mvc.get().uri("/me/payment-details?lang=en").with(user(ngo.expert()))).hasStatusOk().bodyText()
                .contains("ends …" + code.substring(7), "ends …0785", "Maija Meikäläinen", "You saved it.")
                .doesNotContain(code, "FI2112345600000785", "FI21 1234");
    }

    @Test
    void coordinatorPreviewsMakesTheExportDownloadsItAndMarksItPaid() throws Exception {
        var ngo = work.withPermission(pools.ngoPool("Pages payroll NGO"));
        var code = work.detailsOf(ngo.expert());
        work.approvedWork(ngo, ngo.expert(), 15_000);
        String today = PayrollWork.today().toString();
        String period = "/coordinator/payroll?lang=en&from=" + today + "&to=" + today + "&paymentDate=" + today;

        assertThat(mvc.get().uri(period).with(user(ngo.coordinator()))).hasStatusOk().bodyText()
                .contains(ngo.expert().displayName(), "ends …" + code.lastFour(), "€150.00", "Make the export")
                .doesNotContain(code.value());

        var made = mvc.post().uri("/coordinator/payroll/exports").with(user(ngo.coordinator())).with(csrf())
                .param("from", today).param("to", today).param("paymentDate", today).exchange();
        assertThat(made).hasStatus3xxRedirection();
        UUID exportId = jdbc.sql("select id from payroll_export where pool_organisation_id = :pool")
                .param("pool", ngo.organisation().id()).query(UUID.class).single();
        assertThat(mvc.get().uri(period).with(user(ngo.coordinator()))).bodyText()
                .contains("There are no approved lines waiting", "Download CSV", "Mark paid");

        var csv = mvc.get().uri("/coordinator/payroll/exports/{id}/csv", exportId).with(user(ngo.coordinator()))
                .exchange();
        assertThat(csv).hasStatusOk().hasContentType("text/csv;charset=UTF-8")
                .headers().hasValue("Content-Disposition",
                        "attachment; filename=\"payroll-" + today + "-" + today + "-" + exportId.toString()
                                .substring(0, 8) + ".csv\"");
        assertThat(new String(csv.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8)).contains(code.value());
        assertThat(mvc.get().uri("/coordinator/payroll/exports/{id}/xlsx", exportId).with(user(ngo.coordinator())))
                .hasStatusOk().hasContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(mvc.get().uri("/coordinator/payroll/exports/{id}/pdf", exportId).with(user(ngo.coordinator())))
                .hasStatus(HttpStatus.NOT_FOUND);

        assertThat(mvc.post().uri("/coordinator/payroll/exports/{id}/paid?lang=en", exportId)
                .with(user(ngo.coordinator())).with(csrf()).param("paidOn", "yesterday"))
                .hasStatusOk().bodyText().contains("Give a date");
        assertThat(mvc.post().uri("/coordinator/payroll/exports/{id}/paid", exportId).with(user(ngo.coordinator()))
                .with(csrf()).param("paidOn", today)).hasStatus3xxRedirection();
        assertThat(mvc.get().uri(period).with(user(ngo.coordinator()))).bodyText().contains("Paid on");
    }

    @Test
    void theWholeCodeShowsOnlyOnAnExplicitRequestThatIsLogged() {
        var ngo = work.withPermission(pools.ngoPool("Pages reveal NGO"));
        var code = work.detailsOf(ngo.expert());
        work.approvedWork(ngo, ngo.expert(), 15_000);
        String today = PayrollWork.today().toString();

        assertThat(mvc.post().uri("/coordinator/payroll/reveal").with(user(ngo.coordinator())).with(csrf())
                .param("expertId", ngo.expert().id().toString()).param("from", today).param("to", today)
                .param("paymentDate", today)).hasStatusOk().bodyText().contains(code.value());

        assertThat(mvc.get().uri("/admin/payroll-access-log?lang=en").with(user(ngo.admin()))).hasStatusOk()
                .bodyText().contains("Shown on the payroll page", ngo.coordinator().displayName())
                .doesNotContain(code.value());
        assertThat(mvc.get().uri("/me/payment-details?lang=en").with(user(ngo.expert()))).bodyText()
                .contains(ngo.coordinator().displayName() + " (" + ngo.organisation().name() + ") looked at it.");
        assertThat(mvc.post().uri("/coordinator/payroll/reveal").with(user(ngo.coordinator())).with(csrf())
                .param("expertId", "not-an-id")).hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void periodTypedWrongIsExplainedBesideItsField() {
        var ngo = work.withPermission(pools.ngoPool("Pages period NGO"));

        var both = mvc.get().uri("/coordinator/payroll?lang=en&from=2026-10-31&to=2026-10-01&paymentDate=x")
                .with(user(ngo.coordinator())).exchange();
        assertThat(both).hasStatusOk().bodyText()
                .contains("Give a date", "Fix these", "The end of the period cannot be before its start.");
        assertThat(ErrorSummary.of(both).fields()).containsExactly("to", "paymentDate");
        assertThat(mvc.get().uri("/coordinator/payroll?lang=en&from=2026-10-31&to=2026-10-01&paymentDate=2026-11-05")
                .with(user(ngo.coordinator()))).hasStatusOk().bodyText()
                .contains("The end of the period cannot be before its start.");
        assertThat(mvc.get().uri("/coordinator/payroll?lang=en").with(user(ngo.coordinator()))).hasStatusOk()
                .bodyText().contains("There are no approved lines waiting");
    }

    @Test
    void adminGivesAndTakesAwayThePermissionAndTheNavigationFollows() {
        var ngo = pools.ngoPool("Pages permission NGO");
        assertThat(mvc.get().uri("/coordinator/payroll").with(user(ngo.coordinator())))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/experts?lang=en").with(user(ngo.coordinator()))).bodyText()
                .doesNotContain("/coordinator/payroll");
        assertThat(mvc.get().uri("/admin/payroll-permissions?lang=en").with(user(ngo.admin()))).hasStatusOk()
                .bodyText().contains(ngo.coordinator().displayName(), "Give");

        assertThat(mvc.post().uri("/admin/payroll-permissions/{id}/grant", ngo.coordinator().id())
                .with(user(ngo.admin())).with(csrf())).hasStatus3xxRedirection();

        assertThat(mvc.get().uri("/coordinator/payroll").with(user(ngo.coordinator()))).hasStatusOk();
        assertThat(mvc.get().uri("/experts?lang=en").with(user(ngo.coordinator()))).bodyText()
                .contains("href=\"/coordinator/payroll\"");
        assertThat(mvc.post().uri("/admin/payroll-permissions/{id}/revoke", ngo.coordinator().id())
                .with(user(ngo.admin())).with(csrf())).hasStatus3xxRedirection();
        assertThat(mvc.get().uri("/coordinator/payroll").with(user(ngo.coordinator())))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.post().uri("/admin/payroll-permissions/{id}/grant", ngo.expert().id())
                .with(user(ngo.admin())).with(csrf())).as("an expert cannot get it").hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri("/me/profile?lang=en").with(user(ngo.expert()))).bodyText()
                .contains("href=\"/me/payment-details\"");
    }
}
