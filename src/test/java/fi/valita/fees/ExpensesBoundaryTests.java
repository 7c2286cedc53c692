package fi.valita.fees;

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
import fi.valita.identity.CurrentUser;
import fi.valita.requests.FeeBasis;
import fi.valita.requests.WorkRequests;
import fi.valita.shared.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The expense pages for every role of the pool that owns the work and of another pool: the expert of the
 * work and the pool's coordinators see them; the requester and everyone of another organisation get 404.
 */
@ValitaTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExpensesBoundaryTests {

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
    Expenses expenses;

    @Autowired
    JdbcClient jdbc;

    Pool a;
    Pool b;
    UUID assignment;
    UUID receipt;
    List<Page> pages;

    @BeforeAll
    void twoPoolsAndExpensesOfTheFirst() {
        a = pools.ngoPool("Expenses boundary A");
        b = pools.ngoPool("Expenses boundary B");
        assignment = new ApprovedWork(requests, brokering, afterWork).reported(a, FeeBasis.VOLUNTEER, 0);
        receipt = expenses.addReceipt(assignment, Money.parse("7,40"), ExpenseType.TICKET, null,
                ReceiptFile.of(ReceiptFileTests.JPEG), a.expert());
        var theWorksPeople = roles(Outcome.OK, Outcome.OK, Outcome.OK, Outcome.NOT_FOUND);
        var nobody = roles(Outcome.NOT_FOUND, Outcome.NOT_FOUND, Outcome.NOT_FOUND, Outcome.NOT_FOUND);
        var coordinatorsOnly = roles(Outcome.OK, Outcome.OK, Outcome.FORBIDDEN, Outcome.FORBIDDEN);
        String expensesPage = "/assignments/" + assignment + "/expenses";
        pages = List.of(
                new Page(expensesPage, theWorksPeople, nobody),
                new Page(expensesPage + "/" + receipt + "/receipt", theWorksPeople, nobody),
                new Page("/coordinator/volunteer-caps", coordinatorsOnly, coordinatorsOnly),
                new Page("/coordinator/volunteer-caps?year=2025", coordinatorsOnly, coordinatorsOnly));
    }

    @Test
    void everyPageAnswersEachRoleOfBothOrganisationsAsThePolicySays() {
        PagePolicy.assertPolicy(mvc, pages, a, b);
    }

    @Test
    void signedOutVisitorsAreSentToSignIn() {
        PagePolicy.assertSignInRequired(mvc, pages);
    }

    @Test
    void anotherPoolsVolunteerCapsNeverShowTheFirstOnesPeople() {
        assertThat(mvc.get().uri("/coordinator/volunteer-caps").with(user(b.coordinator()))).bodyText()
                .doesNotContain(a.expert().displayName());
    }

    @Test
    void changesFromAnotherOrganisationOrTheRequesterChangeNothing() {
        String base = "/assignments/" + assignment + "/expenses";
        String day = LocalDate.now(ApprovedWork.HELSINKI).toString();
        for (CurrentUser outsider : List.of(b.admin(), b.coordinator(), b.expert(), b.requester(), a.requester())) {
            var upload = mvc.post().uri(base + "/receipts").multipart()
                    .file(new MockMultipartFile("file", "r.png", "image/png", ReceiptFileTests.PNG));
            assertThat(upload.param("amount", "99").param("type", "OTHER").with(user(outsider)).with(csrf()))
                    .as("receipt by %s", outsider).hasStatus(404);
            assertThat(mvc.post().uri(base + "/daily-allowances").param("length", "FULL_DAY").param("date", day)
                    .with(user(outsider)).with(csrf())).as("allowance by %s", outsider).hasStatus(404);
            assertThat(mvc.post().uri(base + "/" + receipt + "/remove").with(user(outsider)).with(csrf()))
                    .as("removal by %s", outsider).hasStatus(404);
        }
        assertThat(jdbc.sql("select count(*) from fee_line where assignment_id = :a").param("a", assignment)
                .query(Long.class).single()).isOne();
        assertThat(expenses.receipt(assignment, receipt, a.coordinator()).bytes()).isEqualTo(ReceiptFileTests.JPEG);
    }

    @Test
    void aPostWithoutTheFormsTokenIsRefused() {
        String base = "/assignments/" + assignment + "/expenses";
        assertThat(mvc.post().uri(base + "/receipts").multipart().param("amount", "5").param("type", "TICKET")
                .with(user(a.expert()))).hasStatus(403);
        assertThat(mvc.post().uri(base + "/" + receipt + "/remove").with(user(a.expert()))).hasStatus(403);
        assertThat(jdbc.sql("select count(*) from fee_line where assignment_id = :a").param("a", assignment)
                .query(Long.class).single()).isOne();
    }
}
