package fi.valita.api;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The payroll API: the payroll permission only, problems for everything else, every file logged. */
@ValitaTest
class ApiPayrollTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestPools pools;

    @Autowired
    ApiTokens tokens;

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
    void permissionHolderMakesABatchAndFetchesThePeriodsFileWhichIsLogged() throws Exception {
        var ngo = work.withPermission(pools.ngoPool("API payroll NGO"));
        var code = work.detailsOf(ngo.expert());
        var lines = work.approvedWork(ngo, ngo.expert(), 15_000);
        var coordinator = Bearer.as(ngo.coordinator(), tokens);
        String today = PayrollWork.today().toString();

        assertThat(mvc.get().uri("/api/v1/payroll-exports?from={d}&to={d}&format=csv", today, today).with(coordinator))
                .as("nothing has gone out yet").hasStatusOk().bodyText().doesNotContain(code.value());
        assertThat(mvc.post().uri("/api/v1/payroll-exports").with(coordinator).contentType(MediaType.APPLICATION_JSON)
                .content("{\"from\": \"%s\", \"to\": \"%s\", \"paymentDate\": \"%s\"}".formatted(today, today, today)))
                .hasStatus(HttpStatus.CREATED).bodyJson().extractingPath("$.lineCount").isEqualTo(lines.size());
        assertThat(mvc.post().uri("/api/v1/payroll-exports").with(coordinator).contentType(MediaType.APPLICATION_JSON)
                .content("{\"from\": \"%s\", \"to\": \"%s\", \"paymentDate\": \"%s\"}".formatted(today, today, today)))
                .as("nothing left").hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);

        var csv = mvc.get().uri("/api/v1/payroll-exports?from={d}&to={d}&format=csv", today, today).with(coordinator)
                .exchange();
        assertThat(csv).hasStatusOk().hasContentType("text/csv;charset=UTF-8");
        String text = new String(csv.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(text).contains(code.value(), "Personal identity code", "payee total");
        assertThat(text.lines().filter(l -> l.contains(";line;"))).hasSize(lines.size())
                .allSatisfy(l -> assertThat(l).contains(";" + today + ";"));
        assertThat(mvc.get().uri("/api/v1/payroll-exports?from={d}&to={d}&format=XLSX", today, today).with(coordinator))
                .hasStatusOk().hasContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(jdbc.sql("select count(*) from identity_code_access where expert_id = :e and purpose = 'API_EXPORT'")
                .param("e", ngo.expert().id()).query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void everyoneElseGetsA403ProblemAndNoCode() {
        var ngo = work.withPermission(pools.ngoPool("API payroll refused NGO"));
        var code = work.detailsOf(ngo.expert());
        work.approvedWork(ngo, ngo.expert(), 15_000);
        String today = PayrollWork.today().toString();
        var other = work.withPermission(pools.ngoPool("API payroll other NGO"));

        for (var caller : java.util.List.of(ngo.admin(), ngo.expert(), ngo.requester(),
                pools.person(ngo.organisation().id(), fi.valita.identity.Role.COORDINATOR, "No Permission"))) {
            assertThat(mvc.get().uri("/api/v1/payroll-exports?from={d}&to={d}", today, today)
                    .with(Bearer.as(caller, tokens)))
                    .as("%s", caller).hasStatus(HttpStatus.FORBIDDEN).hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .bodyText().doesNotContain(code.value());
            assertThat(mvc.post().uri("/api/v1/payroll-exports").with(Bearer.as(caller, tokens))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"from\": \"%s\", \"to\": \"%s\", \"paymentDate\": \"%s\"}".formatted(today, today, today)))
                    .as("%s", caller).hasStatus(HttpStatus.FORBIDDEN);
        }
        assertThat(mvc.get().uri("/api/v1/payroll-exports?from={d}&to={d}", today, today))
                .hasStatus(HttpStatus.UNAUTHORIZED);
        var otherCoordinator = Bearer.as(other.coordinator(), tokens);
        mvc.post().uri("/api/v1/payroll-exports").with(Bearer.as(ngo.coordinator(), tokens))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"from\": \"%s\", \"to\": \"%s\", \"paymentDate\": \"%s\"}".formatted(today, today, today))
                .exchange();
        assertThat(mvc.get().uri("/api/v1/payroll-exports?from={d}&to={d}", today, today).with(otherCoordinator))
                .as("another pool's payroll").hasStatusOk().bodyText()
                .doesNotContain(code.value(), ngo.expert().displayName());
    }

    @Test
    void badDatesAndFormatsAre400Problems() {
        var ngo = work.withPermission(pools.ngoPool("API payroll bad NGO"));
        var coordinator = Bearer.as(ngo.coordinator(), tokens);

        assertThat(mvc.get().uri("/api/v1/payroll-exports?from=2026-13-01&to=2026-10-31").with(coordinator))
                .hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson().extractingPath("$.errors[0].field").isEqualTo("from");
        assertThat(mvc.get().uri("/api/v1/payroll-exports?to=2026-10-31").with(coordinator))
                .hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(mvc.get().uri("/api/v1/payroll-exports?from=2026-10-31&to=2026-10-01").with(coordinator))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.errors[0].field").isEqualTo("to");
        assertThat(mvc.get().uri("/api/v1/payroll-exports?from=2026-10-01&to=2026-10-31&format=pdf").with(coordinator))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.errors[0].field").isEqualTo("format");
        assertThat(mvc.post().uri("/api/v1/payroll-exports").with(coordinator).contentType(MediaType.APPLICATION_JSON)
                .content("{\"from\": \"2026-10-01\", \"to\": \"2025-10-01\", \"paymentDate\": \"soon\"}"))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyText().contains("paymentDate");
    }
}
