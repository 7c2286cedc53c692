package fi.valita.fees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.valita.TestPools;
import fi.valita.ValitaTest;
import fi.valita.assignments.AfterWork;
import fi.valita.assignments.AssignmentNotFound;
import fi.valita.assignments.Brokering;
import fi.valita.assignments.TestWork;
import fi.valita.requests.FeeBasis;
import fi.valita.requests.WorkRequests;
import fi.valita.shared.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Receipts and daily allowances after the work: amounts by the day's parameter, once a day, own drafts only. */
@ValitaTest
class ExpensesTests {

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

    @Autowired
    FeeLines feeLines;

    ApprovedWork work;

    LocalDate today = LocalDate.now(ApprovedWork.HELSINKI);

    @BeforeEach
    void setUp() {
        work = new ApprovedWork(requests, brokering, afterWork);
    }

    @Test
    void aDaysAllowanceIsTheAmountOfTheParameterValidThatDay() {
        assertThat(expenses.dailyAllowanceOn(ExpenseType.FULL_DAY, LocalDate.of(2025, 12, 31)))
                .isEqualTo(Money.parse("53,00"));
        assertThat(expenses.dailyAllowanceOn(ExpenseType.FULL_DAY, LocalDate.of(2026, 1, 1)))
                .isEqualTo(Money.parse("54,00"));
        assertThat(expenses.dailyAllowanceOn(ExpenseType.PARTIAL_DAY, LocalDate.of(2026, 12, 31)))
                .isEqualTo(Money.parse("25,00"));
        assertThatThrownBy(() -> expenses.dailyAllowanceOn(ExpenseType.FULL_DAY, LocalDate.of(2024, 12, 31)))
                .isInstanceOf(ExpenseRefused.class).extracting("messageKey", "field")
                .containsExactly("expenses.error.allowance-missing", "date");
    }

    @Test
    void theExpertAddsManyReceiptsAndOneDailyAllowanceADayAroundTheWork() {
        var pool = pools.ngoPool("Expenses many NGO");
        UUID assignment = work.reported(pool, FeeBasis.ORGANISATION_RATE, 0);

        expenses.addReceipt(assignment, Money.parse("3,20"), ExpenseType.TICKET, null, null, pool.expert());
        expenses.addReceipt(assignment, Money.parse("6"), ExpenseType.PARKING, "  Hospital car park ",
                ReceiptFile.of(ReceiptFileTests.PNG), pool.expert());
        expenses.addDailyAllowance(assignment, ExpenseType.PARTIAL_DAY, today, false, pool.expert());

        assertThat(expenses.of(assignment, pool.expert()).lines())
                .extracting(ExpenseLine::kind, ExpenseLine::type, ExpenseLine::description, ExpenseLine::total,
                        ExpenseLine::status, ExpenseLine::hasReceipt)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(FeeLineKind.RECEIPT, ExpenseType.TICKET, null,
                                Money.parse("3,20"), FeeLineStatus.DRAFT, false),
                        org.assertj.core.groups.Tuple.tuple(FeeLineKind.RECEIPT, ExpenseType.PARKING,
                                "Hospital car park", Money.parse("6"), FeeLineStatus.DRAFT, true),
                        org.assertj.core.groups.Tuple.tuple(FeeLineKind.DAILY_ALLOWANCE, ExpenseType.PARTIAL_DAY,
                                null, expenses.dailyAllowanceOn(ExpenseType.PARTIAL_DAY, today),
                                FeeLineStatus.DRAFT, false));
        assertThatThrownBy(() -> expenses.addDailyAllowance(assignment, ExpenseType.FULL_DAY, today, false,
                pool.expert())).isInstanceOf(ExpenseRefused.class).extracting("messageKey")
                .isEqualTo("expenses.error.day-taken");
        assertThatThrownBy(() -> expenses.addDailyAllowance(assignment, ExpenseType.FULL_DAY, today.minusDays(2),
                false, pool.expert())).isInstanceOf(ExpenseRefused.class).extracting("messageKey")
                .isEqualTo("expenses.error.day-outside-work");
        assertThatThrownBy(() -> expenses.addDailyAllowance(assignment, ExpenseType.FULL_DAY, today.plusDays(1),
                false, pool.expert())).as("not in the future").isInstanceOf(ExpenseRefused.class);
        expenses.addDailyAllowance(assignment, ExpenseType.FULL_DAY, today.minusDays(1), false, pool.coordinator());
        assertThat(expenses.of(assignment, pool.coordinator()).lines()).hasSize(4);
    }

    @Test
    void receiptsAreMoreThanNothingAndAtMostTenThousandEurosWithAShortDescription() {
        var pool = pools.ngoPool("Expenses limits NGO");
        UUID assignment = work.reported(pool, FeeBasis.ORGANISATION_RATE, 0);

        assertThatThrownBy(() -> expenses.addReceipt(assignment, Money.ZERO, ExpenseType.OTHER, null, null,
                pool.expert())).isInstanceOf(ExpenseRefused.class);
        assertThatThrownBy(() -> expenses.addReceipt(assignment, Money.parse("10000,01"), ExpenseType.OTHER, null,
                null, pool.expert())).isInstanceOf(ExpenseRefused.class);
        assertThatThrownBy(() -> expenses.addReceipt(assignment, Money.parse("1"), ExpenseType.OTHER, "x".repeat(101),
                null, pool.expert())).isInstanceOf(ExpenseRefused.class).extracting("field").isEqualTo("description");
        expenses.addReceipt(assignment, Money.parse("10000"), ExpenseType.OTHER, "x".repeat(100), null, pool.expert());

        assertThat(expenses.of(assignment, pool.expert()).lines()).singleElement()
                .extracting(ExpenseLine::total).isEqualTo(Money.parse("10000"));
    }

    @Test
    void nothingCanBeAddedBeforeTheWorkIsReported() {
        var s = new TestWork(pools, requests, brokering, jdbc).assigned("Expenses early");

        assertThat(expenses.of(s.assignment().id(), s.ngo().expert()).open()).isFalse();
        assertThatThrownBy(() -> expenses.addReceipt(s.assignment().id(), Money.parse("2"), ExpenseType.TICKET, null,
                null, s.ngo().expert())).isInstanceOf(ExpenseRefused.class).extracting("messageKey")
                .isEqualTo("expenses.error.not-reported");
        assertThat(expenses.of(s.assignment().id(), s.ngo().expert()).lines()).isEmpty();
    }

    @Test
    void onlyOnesOwnDraftCanBeRemoved() {
        var pool = pools.ngoPool("Expenses remove NGO");
        UUID assignment = work.reported(pool, FeeBasis.ORGANISATION_RATE, 0);
        UUID experts = expenses.addReceipt(assignment, Money.parse("4"), ExpenseType.TICKET, null, null, pool.expert());
        UUID coordinators = expenses.addReceipt(assignment, Money.parse("5"), ExpenseType.PARKING, null, null,
                pool.coordinator());

        UUID corrected = expenses.addReceipt(assignment, Money.parse("9"), ExpenseType.OTHER, null, null,
                pool.expert());
        feeLines.correct(corrected, 800, "The receipt says 8 euros", pool.coordinator());

        assertThatThrownBy(() -> expenses.remove(assignment, coordinators, pool.expert()))
                .isInstanceOf(ExpenseNotFound.class);
        assertThatThrownBy(() -> expenses.remove(assignment, corrected, pool.expert()))
                .as("its correction stays in history").isInstanceOf(ExpenseNotFound.class);
        expenses.remove(assignment, experts, pool.expert());

        assertThat(expenses.of(assignment, pool.expert()).lines())
                .extracting(ExpenseLine::id, line -> line.removableBy(pool.expert().id()))
                .containsExactly(org.assertj.core.groups.Tuple.tuple(coordinators, false),
                        org.assertj.core.groups.Tuple.tuple(corrected, false));
    }

    @Test
    void theRequesterAndOtherPoolsSeeNoExpenses() {
        var pool = pools.ngoPool("Expenses private NGO");
        var other = pools.ngoPool("Expenses other NGO");
        UUID assignment = work.reported(pool, FeeBasis.ORGANISATION_RATE, 0);
        UUID line = expenses.addReceipt(assignment, Money.parse("4"), ExpenseType.TICKET, null,
                ReceiptFile.of(ReceiptFileTests.PDF), pool.expert());

        assertThatThrownBy(() -> expenses.of(assignment, pool.requester())).isInstanceOf(ExpenseNotFound.class);
        assertThatThrownBy(() -> expenses.receipt(assignment, line, pool.requester()))
                .isInstanceOf(ExpenseNotFound.class);
        for (var outsider : List.of(other.coordinator(), other.expert(), other.admin())) {
            assertThatThrownBy(() -> expenses.of(assignment, outsider)).isInstanceOf(AssignmentNotFound.class);
            assertThatThrownBy(() -> expenses.receipt(assignment, line, outsider))
                    .isInstanceOf(AssignmentNotFound.class);
            assertThatThrownBy(() -> expenses.addReceipt(assignment, Money.parse("1"), ExpenseType.TICKET, null, null,
                    outsider)).isInstanceOf(AssignmentNotFound.class);
        }
        assertThat(expenses.receipt(assignment, line, pool.coordinator()).contentType()).isEqualTo("application/pdf");
        assertThat(expenses.of(assignment, pool.expert()).lines()).hasSize(1);
    }
}
