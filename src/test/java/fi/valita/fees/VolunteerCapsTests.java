package fi.valita.fees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.valita.TestPools;
import fi.valita.TestPools.Pool;
import fi.valita.ValitaTest;
import fi.valita.assignments.AfterWork;
import fi.valita.assignments.Brokering;
import fi.valita.experts.TaskType;
import fi.valita.fees.CapUse.Cap;
import fi.valita.identity.Identity;
import fi.valita.identity.Organisation;
import fi.valita.identity.OrganisationKind;
import fi.valita.identity.Role;
import fi.valita.requests.FeeBasis;
import fi.valita.requests.WorkRequests;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The yearly tax-free caps of volunteers of public-benefit organisations: per person, pool and calendar
 * year; only volunteer work, never declined lines; the caps from the parameter table.
 */
@ValitaTest
class VolunteerCapsTests {

    @Autowired
    TestPools pools;

    @Autowired
    WorkRequests requests;

    @Autowired
    Brokering brokering;

    @Autowired
    AfterWork afterWork;

    @Autowired
    VolunteerCaps caps;

    @Autowired
    Expenses expenses;

    @Autowired
    Identity identity;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    ApprovedWork work;

    LocalDate today = LocalDate.now(ApprovedWork.HELSINKI);
    int year = today.getYear();

    @BeforeEach
    void setUp() {
        work = new ApprovedWork(requests, brokering, afterWork);
    }

    @Test
    void kilometreAllowancesOfVolunteerWorkAddUpForThePersonPoolAndCalendarYear() {
        var pool = pools.ngoPool("Caps km NGO");
        var otherPool = pools.ngoPool("Caps other NGO");
        kmAllowance(pool, 100_000, today);
        kmAllowance(pool, 50_000, today);
        kmAllowance(pool, 70_000, LocalDate.of(year - 1, 12, 31));
        kmAllowance(pool, 80_000, LocalDate.of(year + 1, 1, 1));
        UUID paidWork = work.approve(pool, TaskType.TEACHING, FeeBasis.ORGANISATION_RATE, null, "2", 100, null);
        setKm(paidWork, 90_000, today);
        UUID elsewhere = kmAllowance(pool, 60_000, today);
        jdbc.sql("update fee_line set pool_organisation_id = :other where assignment_id = :a")
                .param("other", otherPool.organisation().id()).param("a", elsewhere).update();

        assertThat(only(caps.ofPool(year, pool.coordinator())).kilometres())
                .extracting(CapUse::used, CapUse::cap, CapUse::level)
                .containsExactly(150_000L, 300_000L, CapLevel.UNDER);
        assertThat(only(caps.ofPool(year - 1, pool.coordinator())).kilometres().used()).isEqualTo(70_000L);
        assertThat(caps.ofPool(year, otherPool.coordinator())).as("the line paid by the other pool")
                .singleElement().extracting(v -> v.kilometres().used()).isEqualTo(60_000L);
    }

    @Test
    void atEightyPercentTheCapIsNearAndOverItPassed() {
        var near = pools.ngoPool("Caps near NGO");
        var at = pools.ngoPool("Caps at NGO");
        var over = pools.ngoPool("Caps over NGO");
        kmAllowance(near, 240_000, today);
        kmAllowance(at, 300_000, today);
        kmAllowance(over, 300_000, today);
        kmAllowance(over, 1, today);

        assertThat(only(caps.ofPool(year, near.coordinator())).kilometres().level()).isEqualTo(CapLevel.NEAR);
        assertThat(only(caps.ofPool(year, at.coordinator())).kilometres().level()).isEqualTo(CapLevel.NEAR);
        VolunteerYear passed = only(caps.ofPool(year, over.coordinator()));
        assertThat(passed.kilometres()).extracting(CapUse::used, CapUse::level)
                .containsExactly(300_001L, CapLevel.PASSED);
        assertThat(passed.worst()).isEqualTo(CapLevel.PASSED);
        assertThat(passed.name()).isEqualTo(over.expert().displayName());
    }

    @Test
    void theTwentyFirstDayOfDailyAllowanceIsAddedOnlyWhenThePersonSaysSo() {
        var pool = pools.ngoPool("Caps days NGO");
        UUID assignment = work.reported(pool, FeeBasis.VOLUNTEER, 0);
        earlierDaysThisYear(assignment, 20);

        CapUse days = caps.use(pool.expert().id(), pool.organisation().id(), year, 1).get(1);
        assertThat(days).extracting(CapUse::kind, CapUse::used, CapUse::cap, CapUse::level, CapUse::wouldPass)
                .containsExactly(Cap.DAILY_ALLOWANCE_DAYS, 20L, 20L, CapLevel.NEAR, true);
        assertThat(expenses.of(assignment, pool.expert()).caps()).contains(days);
        assertThatThrownBy(() -> expenses.addDailyAllowance(assignment, ExpenseType.FULL_DAY, today, false,
                pool.expert())).isInstanceOf(ExpenseRefused.class).extracting("messageKey", "field")
                .containsExactly("expenses.error.cap-not-accepted", "capAccepted");
        expenses.addDailyAllowance(assignment, ExpenseType.FULL_DAY, today, true, pool.expert());

        assertThat(only(caps.ofPool(year, pool.coordinator())).days())
                .extracting(CapUse::used, CapUse::level).containsExactly(21L, CapLevel.PASSED);
        assertThat(caps.warningsFor(assignment, pool.coordinator())).extracting(CapUse::kind, CapUse::level)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Cap.DAILY_ALLOWANCE_DAYS, CapLevel.PASSED));
    }

    @Test
    void paidWorkHasNoCapToWarnAboutEvenWithManyDays() {
        var pool = pools.ngoPool("Caps paid NGO");
        UUID assignment = work.reported(pool, FeeBasis.ORGANISATION_RATE, 0);
        earlierDaysThisYear(assignment, 20);

        expenses.addDailyAllowance(assignment, ExpenseType.FULL_DAY, today, false, pool.expert());

        assertThat(caps.warningsFor(assignment, pool.coordinator())).isEmpty();
        assertThat(caps.ofPool(year, pool.coordinator())).isEmpty();
        assertThat(expenses.of(assignment, pool.expert()).caps()).isEmpty();
    }

    @Test
    void aDeclinedLineDoesNotCount() {
        var pool = pools.ngoPool("Caps declined NGO");
        UUID kept = kmAllowance(pool, 100_000, today);
        UUID declined = kmAllowance(pool, 250_000, today);
        assertThat(only(caps.ofPool(year, pool.coordinator())).kilometres().level()).isEqualTo(CapLevel.PASSED);

        transactions.executeWithoutResult(tx -> {
            // DECLINED comes with the fee review's migration; until then the check is lifted inside this
            // transaction only, which is rolled back.
            jdbc.sql("alter table fee_line drop constraint if exists fee_line_status_check").update();
            jdbc.sql("update fee_line set status = 'DECLINED' where assignment_id = :a").param("a", declined).update();

            assertThat(only(caps.ofPool(year, pool.coordinator())).kilometres())
                    .extracting(CapUse::used, CapUse::level).containsExactly(100_000L, CapLevel.UNDER);
            tx.setRollbackOnly();
        });
        assertThat(kept).isNotEqualTo(declined);
    }

    @Test
    void capsApplyOnlyToPublicBenefitOrganisations() {
        Organisation city = identity.createOrganisation("Caps City " + UUID.randomUUID(), OrganisationKind.CITY, "091",
                true);
        var cityPool = new Pool(city, pools.person(city.id(), Role.ADMIN, "Admin"),
                pools.person(city.id(), Role.COORDINATOR, "Coordinator"), pools.person(city.id(), Role.EXPERT, "Expert"),
                pools.person(city.id(), Role.REQUESTER, "Requester"));
        UUID assignment = kmAllowance(cityPool, 400_000, today);

        assertThat(caps.applyTo(city.id())).isFalse();
        assertThat(caps.ofPool(year, cityPool.coordinator())).isEmpty();
        assertThat(caps.warningsFor(assignment, cityPool.coordinator())).isEmpty();
    }

    @Test
    void aYearWithoutACapInTheParameterTableSaysSo() {
        var pool = pools.ngoPool("Caps missing NGO");
        kmAllowance(pool, 10_000, LocalDate.of(2024, 6, 1));

        assertThat(only(caps.ofPool(2024, pool.coordinator())).kilometres())
                .extracting(CapUse::cap, CapUse::level).containsExactly(null, CapLevel.CAP_MISSING);
    }

    @Test
    void theFeeReviewGetsTheWarningsOfTheAssignmentsYear() {
        var pool = pools.ngoPool("Caps review NGO");
        kmAllowance(pool, 280_000, today);
        UUID assignment = kmAllowance(pool, 30_000, today);

        assertThat(caps.warningsFor(assignment, pool.coordinator())).singleElement().satisfies(warning -> {
            assertThat(warning.kind()).isEqualTo(Cap.KM_ALLOWANCE);
            assertThat(warning.level()).isEqualTo(CapLevel.PASSED);
            assertThat(warning.messageKey()).isEqualTo("expenses.cap.KM_ALLOWANCE.PASSED");
            assertThat(warning.arguments(java.util.Locale.ENGLISH))
                    .containsExactly("€3,100.00", "€3,000.00", String.valueOf(year));
        });
        assertThat(caps.warningsFor(assignment, pool.expert())).hasSize(1);
        assertThatThrownBy(() -> caps.warningsFor(assignment, pool.requester()))
                .isInstanceOf(ExpenseNotFound.class);
        assertThatThrownBy(() -> caps.warningsFor(assignment, pools.ngoPool("Caps stranger NGO").coordinator()))
                .isInstanceOf(fi.valita.assignments.AssignmentNotFound.class);
    }

    /** Approved volunteer work whose kilometre allowance is set to the cents and dated the day. */
    private UUID kmAllowance(Pool pool, long cents, LocalDate day) {
        UUID assignment = work.approve(pool, TaskType.PEER_SUPPORT_ONE_TO_ONE, FeeBasis.VOLUNTEER, null, "2", 10, null);
        setKm(assignment, cents, day);
        return assignment;
    }

    private void setKm(UUID assignment, long cents, LocalDate day) {
        int updated = jdbc.sql("""
                update fee_line set total_cents = :cents, work_date = :day
                where assignment_id = :a and kind = 'KM_ALLOWANCE'""")
                .param("cents", cents).param("day", day).param("a", assignment).update();
        assertThat(updated).isEqualTo(1);
    }

    /** Daily allowances of the assignment's volunteer work on days of this year before yesterday. */
    private void earlierDaysThisYear(UUID assignment, int count) {
        Stream.iterate(LocalDate.of(year, 1, 1), day -> day.plusDays(1))
                .filter(day -> day.isBefore(today.minusDays(1)) || day.isAfter(today))
                .limit(count)
                .forEach(day -> jdbc.sql("""
                        insert into fee_line (id, assignment_id, expert_id, pool_organisation_id,
                            requester_organisation_id, kind, quantity, unit_cents, total_cents, status, work_date,
                            created_at, volunteer_work, expense_type, engagement_form)
                        select gen_random_uuid(), a.id, a.expert_id, a.pool_organisation_id, a.requester_organisation_id,
                            'DAILY_ALLOWANCE', 1, 5400, 5400, 'APPROVED', :day, now(),
                            a.engagement_form = 'VOLUNTEER', 'FULL_DAY', a.engagement_form
                        from assignment a where a.id = :a""")
                        .param("day", day).param("a", assignment).update());
    }

    private static VolunteerYear only(List<VolunteerYear> years) {
        assertThat(years).hasSize(1);
        return years.getFirst();
    }
}
