package fi.valita.fees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import fi.valita.TestPools;
import fi.valita.ValitaTest;
import fi.valita.assignments.AfterWork;
import fi.valita.assignments.Assignments;
import fi.valita.assignments.Brokering;
import fi.valita.experts.EngagementForm;
import fi.valita.identity.CurrentUser;
import fi.valita.requests.FeeBasis;
import fi.valita.requests.WorkRequests;
import fi.valita.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Each engagement form gets exactly what the law lets the pool pay for one piece of work (5 hours, 12 km by car,
 * 6,40 € of tickets, at a rate of 20 €/h): a fee for an assignment, wages for an employment, expenses only for
 * volunteer work, a work-share payment a day for 27 e § work activity, travel only for rehabilitative work activity,
 * nothing for a work trial; and days of work activity are recorded.
 */
@ValitaTest
class PayByEngagementFormTests {

    @Autowired
    TestPools pools;

    @Autowired
    WorkRequests requests;

    @Autowired
    Brokering brokering;

    @Autowired
    AfterWork afterWork;

    @Autowired
    Assignments assignments;

    @Autowired
    Rates rates;

    @Autowired
    FeeParameters parameters;

    @Autowired
    FeeLines feeLines;

    @Autowired
    Expenses expenses;

    @Autowired
    AttendanceDays attendance;

    LocalDate today = LocalDate.now(ApprovedWork.HELSINKI);
    TestPools.Pool pool;
    Money perKm;
    FormWork work;

    @BeforeEach
    void setUp() {
        work = new FormWork(pools, requests, brokering, afterWork);
        pool = pools.ngoPool("Engagement forms NGO");
        rates.add(RateKind.PER_HOUR, null, Money.parse("20,00"), 0, 0, today.minusYears(1), null, pool.coordinator());
        perKm = parameters.valueOn(FeeParameter.KM_ALLOWANCE_PER_KM, today).money();
    }

    @Test
    void anAssignmentForAFeeGetsTheFeeAndItsExpenses() {
        UUID work = approved(expert(EngagementForm.FEE_BASED_ASSIGNMENT), FeeBasis.ORGANISATION_RATE);

        assertThat(lines(work)).extracting(FeeLine::kind, FeeLine::total, FeeLine::engagementForm).containsExactlyInAnyOrder(
                tuple(FeeLineKind.FEE, Money.parse("100,00"), EngagementForm.FEE_BASED_ASSIGNMENT),
                tuple(FeeLineKind.KM_ALLOWANCE, perKm.times(12), EngagementForm.FEE_BASED_ASSIGNMENT),
                tuple(FeeLineKind.TICKETS, Money.parse("6,40"), EngagementForm.FEE_BASED_ASSIGNMENT));
        assertThat(expenses.of(work, pool.coordinator()).volunteerWork()).isFalse();
    }

    @Test
    void anEmployedExpertsHoursGoToPayrollAsWagesNotAsAFee() {
        UUID work = approved(expert(EngagementForm.EMPLOYMENT), FeeBasis.ORGANISATION_RATE);

        assertThat(lines(work)).extracting(FeeLine::kind, FeeLine::quantity, FeeLine::total).containsExactlyInAnyOrder(
                tuple(FeeLineKind.WAGES, new BigDecimal("5.00"), Money.parse("100,00")),
                tuple(FeeLineKind.KM_ALLOWANCE, new BigDecimal("12.00"), perKm.times(12)),
                tuple(FeeLineKind.TICKETS, new BigDecimal("1.00"), Money.parse("6,40")));
    }

    @Test
    void aVolunteerGetsTaxFreeExpensesOnlyCountedTowardsTheCaps() {
        UUID work = approved(expert(EngagementForm.VOLUNTEER), FeeBasis.VOLUNTEER);

        assertThat(lines(work)).extracting(FeeLine::kind, FeeLine::total).containsExactlyInAnyOrder(
                tuple(FeeLineKind.KM_ALLOWANCE, perKm.times(12)), tuple(FeeLineKind.TICKETS, Money.parse("6,40")));
        ExpensesOfWork ofWork = expenses.of(work, pool.coordinator());
        assertThat(ofWork.volunteerWork()).isTrue();
        assertThat(ofWork.lines()).allSatisfy(line -> assertThat(line.volunteerWork()).isTrue());
    }

    @Test
    void rehabilitativeWorkActivityPaysNoFeeTravelAtTheCheapestMeansAndRecordsTheDay() {
        CurrentUser teemu = expert(EngagementForm.REHABILITATIVE_WORK_ACTIVITY);
        UUID work = approved(teemu, FeeBasis.ORGANISATION_RATE);

        assertThat(lines(work)).as("no fee, no kilometres by car: the bus tickets only")
                .extracting(FeeLine::kind, FeeLine::total, FeeLine::engagementForm)
                .containsExactly(tuple(FeeLineKind.TICKETS, Money.parse("6,40"),
                        EngagementForm.REHABILITATIVE_WORK_ACTIVITY));
        List<PersonAttendance> month = attendance.month(YearMonth.from(today),
                EngagementForm.REHABILITATIVE_WORK_ACTIVITY, pool.coordinator());
        assertThat(month).singleElement().satisfies(person -> {
            assertThat(person.expertId()).isEqualTo(teemu.id());
            assertThat(person.countedDays()).isEqualTo(1);
            assertThat(person.days()).singleElement().satisfies(day -> {
                assertThat(day.day()).isEqualTo(today);
                assertThat(day.hours()).isEqualByComparingTo("5");
            });
        });
    }

    @Test
    void socialWelfareWorkActivityPaysAWorkSharePaymentOnceADayAndNoFee() {
        CurrentUser pekka = expert(EngagementForm.SOCIAL_WELFARE_WORK_ACTIVITY);
        UUID morning = approved(pekka, FeeBasis.ORGANISATION_RATE);
        UUID afternoon = approved(pekka, FeeBasis.VOLUNTEER);

        Money perDay = parameters.valueOn(FeeParameter.WORK_SHARE_PER_DAY, today).money();
        assertThat(lines(morning)).extracting(FeeLine::kind, FeeLine::total).containsExactlyInAnyOrder(
                tuple(FeeLineKind.WORK_SHARE, perDay), tuple(FeeLineKind.TICKETS, Money.parse("6,40")));
        assertThat(lines(afternoon)).as("one work-share payment a day, however many pieces of work")
                .extracting(FeeLine::kind).containsExactly(FeeLineKind.TICKETS);
        assertThat(attendance.month(YearMonth.from(today), EngagementForm.SOCIAL_WELFARE_WORK_ACTIVITY,
                pool.coordinator())).singleElement().satisfies(person -> {
                    assertThat(person.days()).singleElement().satisfies(day ->
                            assertThat(day.hours()).as("both pieces of the day").isEqualByComparingTo("10"));
                    assertThat(person.days().getFirst().warnings()).containsExactly(AttendanceDay.Warning.OVER_8_HOURS);
                });
    }

    @Test
    void aWorkTrialIsPaidNothingByTheOrganisation() {
        UUID work = approved(expert(EngagementForm.WORK_TRIAL), FeeBasis.ORGANISATION_RATE);

        assertThat(lines(work)).isEmpty();
        assertThat(expenses.of(work, pool.coordinator()).pay().expenses()).isFalse();
        assertThatThrownBy(() -> expenses.addReceipt(work, Money.parse("3,20"), ExpenseType.TICKET, null, null,
                pool.coordinator())).isInstanceOf(ExpenseRefused.class)
                .hasMessage("expenses.error.not-paid-under-form");
    }

    @Test
    void workActivityTakesTicketsByReceiptButNoParkingAndNoDailyAllowance() {
        CurrentUser expert = expert(EngagementForm.REHABILITATIVE_WORK_ACTIVITY);
        UUID work = approved(expert, FeeBasis.ORGANISATION_RATE);

        expenses.addReceipt(work, Money.parse("3,20"), ExpenseType.TICKET, null, null, expert);
        assertThatThrownBy(() -> expenses.addReceipt(work, Money.parse("8,00"), ExpenseType.PARKING, null, null, expert))
                .isInstanceOf(ExpenseRefused.class).hasMessage("expenses.error.not-paid-under-form");
        assertThatThrownBy(() -> expenses.addDailyAllowance(work, ExpenseType.FULL_DAY, today, false, expert))
                .isInstanceOf(ExpenseRefused.class).hasMessage("expenses.error.not-paid-under-form");
        assertThat(lines(work)).extracting(FeeLine::kind).containsExactlyInAnyOrder(FeeLineKind.TICKETS,
                FeeLineKind.RECEIPT);
    }

    @Test
    void theFormChosenByTheCoordinatorDecidesThePayWhenSeveralFit() {
        CurrentUser both = expert(EngagementForm.FEE_BASED_ASSIGNMENT, EngagementForm.REHABILITATIVE_WORK_ACTIVITY);
        UUID usual = approved(both, FeeBasis.ORGANISATION_RATE, null);
        UUID chosen = approved(both, FeeBasis.ORGANISATION_RATE, EngagementForm.REHABILITATIVE_WORK_ACTIVITY);

        assertThat(assignments.get(usual, pool.coordinator()).assignment().engagementForm())
                .isEqualTo(EngagementForm.FEE_BASED_ASSIGNMENT);
        assertThat(lines(usual)).extracting(FeeLine::kind).contains(FeeLineKind.FEE);
        assertThat(assignments.get(chosen, pool.coordinator()).assignment().engagementForm())
                .isEqualTo(EngagementForm.REHABILITATIVE_WORK_ACTIVITY);
        assertThat(lines(chosen)).extracting(FeeLine::kind).containsExactly(FeeLineKind.TICKETS);
    }

    private CurrentUser expert(EngagementForm... forms) {
        return work.expert(pool, forms);
    }

    private UUID approved(CurrentUser expert, FeeBasis basis) {
        return work.approved(pool, expert, basis, null);
    }

    private UUID approved(CurrentUser expert, FeeBasis basis, EngagementForm form) {
        return work.approved(pool, expert, basis, form);
    }

    private List<FeeLine> lines(UUID assignment) {
        return feeLines.ofAssignment(assignment, pool.coordinator());
    }
}
