package fi.valita.fees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.valita.TestPools;
import fi.valita.ValitaTest;
import fi.valita.assignments.AfterWork;
import fi.valita.assignments.Brokering;
import fi.valita.identity.Role;
import fi.valita.requests.WorkRequests;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The expert may say no to the fee of their own work before it goes to payroll; expenses are still paid. */
@ValitaTest
class FeeDeclineTests {

    @Autowired
    TestPools pools;

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

    @Autowired
    JdbcClient jdbc;

    TestFees fees;

    @BeforeEach
    void setUp() {
        fees = new TestFees(pools, rates, feeLines, requests, brokering, afterWork);
    }

    @Test
    void expertDeclinesTheFeeAndTheTravelCostsStayToBePaid() {
        var work = fees.hourlyWork("Decline NGO");

        FeeLine declined = feeLines.decline(work.fee().id(), work.pool().expert());

        assertThat(declined.status()).isEqualTo(FeeLineStatus.DECLINED);
        assertThat(feeLines.ofMyWork(work.assignment(), work.pool().expert()))
                .extracting(FeeLine::kind, FeeLine::status)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(FeeLineKind.FEE, FeeLineStatus.DECLINED),
                        org.assertj.core.groups.Tuple.tuple(FeeLineKind.KM_ALLOWANCE, FeeLineStatus.DRAFT),
                        org.assertj.core.groups.Tuple.tuple(FeeLineKind.TICKETS, FeeLineStatus.DRAFT));
        assertThat(feeLines.decline(work.fee().id(), work.pool().expert()).status())
                .as("declining twice changes nothing").isEqualTo(FeeLineStatus.DECLINED);
    }

    @Test
    void anApprovedFeeMayStillBeDeclinedButNotOnceExported() {
        var work = fees.hourlyWork("Decline approved NGO");
        feeLines.approve(work.fee().id(), work.pool().coordinator());

        assertThat(feeLines.decline(work.fee().id(), work.pool().expert()).status()).isEqualTo(FeeLineStatus.DECLINED);

        var exported = fees.moreWork(work.pool());
        jdbc.sql("update fee_line set status = 'EXPORTED' where id = :id").param("id", exported.fee().id()).update();
        assertThatThrownBy(() -> feeLines.decline(exported.fee().id(), work.pool().expert()))
                .isInstanceOf(FeeLineRefused.class).extracting("messageKey").isEqualTo("fees.line.notDeclinable");
    }

    @Test
    void expensesAreNotFeesAndCannotBeDeclined() {
        var work = fees.hourlyWork("Decline expense NGO");

        for (FeeLineKind kind : List.of(FeeLineKind.KM_ALLOWANCE, FeeLineKind.TICKETS)) {
            assertThatThrownBy(() -> feeLines.decline(work.line(kind).id(), work.pool().expert()))
                    .isInstanceOf(FeeLineRefused.class).extracting("messageKey").isEqualTo("fees.line.notDeclinable");
        }
    }

    @Test
    void onlyTheExpertOfTheLineDeclines() {
        var work = fees.hourlyWork("Decline owner NGO");
        var colleague = pools.person(work.pool().organisation().id(), Role.EXPERT, "Colleague");
        var stranger = pools.ngoPool("Decline stranger NGO");

        for (var other : List.of(colleague, work.pool().coordinator(), work.pool().requester(), stranger.expert())) {
            assertThatThrownBy(() -> feeLines.decline(work.fee().id(), other)).isInstanceOf(FeeLineNotFound.class);
        }
        assertThat(feeLines.ofAssignment(work.assignment(), work.pool().coordinator()))
                .allSatisfy(line -> assertThat(line.status()).isEqualTo(FeeLineStatus.DRAFT));
    }

    @Test
    void aDeclinedFeeIsNeitherApprovedNorCorrected() {
        var work = fees.hourlyWork("Decline then review NGO");
        feeLines.decline(work.fee().id(), work.pool().expert());

        assertThatThrownBy(() -> feeLines.approve(work.fee().id(), work.pool().coordinator()))
                .isInstanceOf(FeeLineRefused.class).extracting("messageKey").isEqualTo("fees.line.declined");
        assertThatThrownBy(() -> feeLines.correct(work.fee().id(), 1_000, "Half", work.pool().coordinator()))
                .isInstanceOf(FeeLineRefused.class).extracting("messageKey").isEqualTo("fees.line.declined");
        assertThat(feeLines.history(work.fee().id(), work.pool().coordinator())).isEmpty();
    }
}
