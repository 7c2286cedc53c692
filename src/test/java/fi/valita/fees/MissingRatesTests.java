package fi.valita.fees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import fi.valita.TestPools;
import fi.valita.ValitaTest;
import fi.valita.assignments.AfterWork;
import fi.valita.assignments.Brokering;
import fi.valita.experts.TaskType;
import fi.valita.fees.internal.ExpenseRecords;
import fi.valita.requests.FeeBasis;
import fi.valita.requests.WorkRequests;
import fi.valita.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * A missing rate or kilometre parameter never hides a line: it is made at 0 € with a note the coordinator
 * sees, and volunteer work is marked for the yearly caps.
 */
@ValitaTest
class MissingRatesTests {

    @Autowired
    TestPools pools;

    @Autowired
    WorkRequests requests;

    @Autowired
    Brokering brokering;

    @Autowired
    AfterWork afterWork;

    @Autowired
    ExpenseRecords records;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvcTester mvc;

    ApprovedWork work;

    @BeforeEach
    void setUp() {
        work = new ApprovedWork(requests, brokering, afterWork);
    }

    @Test
    void workOfAYearWithoutRateOrKilometreAllowanceGetsZeroLinesWithNotes() {
        var pool = pools.ngoPool("Missing rate NGO");
        UUID assignment = work.reported(pool, FeeBasis.ORGANISATION_RATE, 12);
        jdbc.sql("""
                update work_request set window_from = date '2024-03-04', window_to = date '2024-03-08'
                where id = (select request_id from assignment where id = :a)""").param("a", assignment).update();

        work.confirm(pool, assignment);

        assertThat(records.linesOf(assignment))
                .extracting(ExpenseLine::kind, ExpenseLine::total, ExpenseLine::note, ExpenseLine::workDate,
                        ExpenseLine::volunteerWork)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(FeeLineKind.FEE, Money.ZERO, "RATE_MISSING",
                                LocalDate.of(2024, 3, 8), false),
                        org.assertj.core.groups.Tuple.tuple(FeeLineKind.KM_ALLOWANCE, Money.ZERO, "PARAMETER_MISSING",
                                LocalDate.of(2024, 3, 8), false));
        BigDecimal hours = jdbc.sql("select quantity from fee_line where assignment_id = :a and kind = 'FEE'")
                .param("a", assignment).query(BigDecimal.class).single();
        assertThat(hours).as("the reported hours, for the coordinator").isEqualByComparingTo("2");
        assertThat(mvc.get().uri("/assignments/" + assignment + "/expenses").with(user(pool.expert()))
                .header("Accept-Language", "en"))
                .hasStatusOk().bodyText().contains("Kilometre allowance", "€0.00",
                        "The kilometre allowance for this year is not set yet");
    }

    @Test
    void volunteerWorksLinesAreMarkedAndFeeBasedWorksAreNot() {
        var pool = pools.ngoPool("Missing volunteer NGO");
        UUID volunteer = work.approve(pool, TaskType.PEER_SUPPORT_ONE_TO_ONE, FeeBasis.VOLUNTEER, null, "2", 10, 300L);
        UUID agreed = work.approve(pool, TaskType.TEACHING, FeeBasis.AGREED_SUM, 10_000L, "2", 10, null);

        assertThat(records.linesOf(volunteer)).extracting(ExpenseLine::kind, ExpenseLine::volunteerWork,
                ExpenseLine::note).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(FeeLineKind.KM_ALLOWANCE, true, null),
                org.assertj.core.groups.Tuple.tuple(FeeLineKind.TICKETS, true, null));
        assertThat(records.linesOf(agreed)).extracting(ExpenseLine::volunteerWork).containsOnly(false);
    }
}
