package fi.valita.fees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.valita.TestPools;
import fi.valita.ValitaTest;
import fi.valita.assignments.AfterWork;
import fi.valita.assignments.Brokering;
import fi.valita.experts.TaskType;
import fi.valita.requests.FeeBasis;
import fi.valita.requests.WorkRequests;
import fi.valita.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Draft fee lines from approved work for each fee basis, their approval and corrections, within the pool. */
@ValitaTest
class FeeLinesTests {

    @Autowired
    TestPools pools;

    @Autowired
    WorkRequests requests;

    @Autowired
    Brokering brokering;

    @Autowired
    AfterWork afterWork;

    @Autowired
    Rates rates;

    @Autowired
    FeeParameters parameters;

    @Autowired
    FeeLines feeLines;

    ApprovedWork work;

    LocalDate today = LocalDate.now(ApprovedWork.HELSINKI);

    @BeforeEach
    void setUp() {
        work = new ApprovedWork(requests, brokering, afterWork);
    }

    @Test
    void hourlyFeeCountsPreparationAndTravelIsPaidByTheYearsKilometreAllowanceAndTicketsAtCost() {
        var pool = pools.ngoPool("Fees hourly NGO");
        rates.add(RateKind.PER_HOUR, null, Money.parse("20,00"), 30, 120, today.minusYears(1), null,
                pool.coordinator());

        UUID assignment = work.approve(pool, TaskType.TEACHING, FeeBasis.ORGANISATION_RATE, null, "2.5", 12, 580L);

        Money perKm = parameters.valueOn(FeeParameter.KM_ALLOWANCE_PER_KM, today).money();
        List<FeeLine> lines = feeLines.ofAssignment(assignment, pool.coordinator());
        assertThat(lines).extracting(FeeLine::kind, FeeLine::quantity, FeeLine::unitAmount, FeeLine::total)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(FeeLineKind.FEE, new BigDecimal("3.00"),
                                Money.parse("20"), Money.parse("60,00")),
                        org.assertj.core.groups.Tuple.tuple(FeeLineKind.KM_ALLOWANCE, new BigDecimal("12.00"), perKm,
                                perKm.times(12)),
                        org.assertj.core.groups.Tuple.tuple(FeeLineKind.TICKETS, new BigDecimal("1.00"),
                                Money.parse("5,80"), Money.parse("5,80")));
        assertThat(lines).allSatisfy(line -> {
            assertThat(line.status()).isEqualTo(FeeLineStatus.DRAFT);
            assertThat(line.expertId()).isEqualTo(pool.expert().id());
            assertThat(line.workDate()).isEqualTo(today);
        });
    }

    @Test
    void shortWorkIsPaidTheMinimumTime() {
        var pool = pools.ngoPool("Fees minimum NGO");
        rates.add(RateKind.PER_HOUR, null, Money.parse("20,00"), 30, 120, today.minusYears(1), null,
                pool.coordinator());

        UUID assignment = work.approve(pool, TaskType.LOBBY_PRESENCE, FeeBasis.ORGANISATION_RATE, null, "1", 0, null);

        assertThat(feeLines.ofAssignment(assignment, pool.coordinator()))
                .singleElement().satisfies(fee -> {
                    assertThat(fee.kind()).isEqualTo(FeeLineKind.FEE);
                    assertThat(fee.quantity()).isEqualByComparingTo("2");
                    assertThat(fee.total()).isEqualTo(Money.parse("40,00"));
                });
    }

    @Test
    void taskRateIsPaidOnceWhateverTheHours() {
        var pool = pools.ngoPool("Fees task NGO");
        rates.add(RateKind.PER_HOUR, null, Money.parse("20,00"), 0, 0, today.minusYears(1), null, pool.coordinator());
        rates.add(RateKind.PER_TASK, TaskType.TEACHING, Money.parse("150,00"), 0, 0, today.minusYears(1), null,
                pool.coordinator());

        UUID assignment = work.approve(pool, TaskType.TEACHING, FeeBasis.ORGANISATION_RATE, null, "4.5", 0, null);

        assertThat(feeLines.ofAssignment(assignment, pool.coordinator())).singleElement()
                .extracting(FeeLine::kind, FeeLine::total).containsExactly(FeeLineKind.FEE, Money.parse("150"));
    }

    @Test
    void volunteerWorkPaysOnlyExpenses() {
        var pool = pools.ngoPool("Fees volunteer NGO");
        rates.add(RateKind.PER_HOUR, null, Money.parse("20,00"), 0, 0, today.minusYears(1), null, pool.coordinator());

        UUID assignment = work.approve(pool, TaskType.PEER_SUPPORT_ONE_TO_ONE, FeeBasis.VOLUNTEER, null, "3", 40, 1200L);

        assertThat(feeLines.ofAssignment(assignment, pool.coordinator())).extracting(FeeLine::kind)
                .containsExactlyInAnyOrder(FeeLineKind.KM_ALLOWANCE, FeeLineKind.TICKETS);
    }

    @Test
    void agreedSumIsPaidAsAgreed() {
        var pool = pools.ngoPool("Fees agreed NGO");
        rates.add(RateKind.PER_HOUR, null, Money.parse("20,00"), 0, 0, today.minusYears(1), null, pool.coordinator());

        UUID assignment = work.approve(pool, TaskType.SERVICE_DEVELOPMENT, FeeBasis.AGREED_SUM, 25_000L, "6", 0, null);

        assertThat(feeLines.ofAssignment(assignment, pool.coordinator())).singleElement()
                .extracting(FeeLine::kind, FeeLine::quantity, FeeLine::total)
                .containsExactly(FeeLineKind.FEE, new BigDecimal("1.00"), Money.parse("250,00"));
    }

    @Test
    void noRateOnTheCardMakesAZeroFeeForTheCoordinatorToSetAndStillPaysTravel() {
        var pool = pools.ngoPool("Fees no rate NGO");

        UUID assignment = work.approve(pool, TaskType.TEACHING, FeeBasis.ORGANISATION_RATE, null, "2", 10, null);

        assertThat(feeLines.ofAssignment(assignment, pool.coordinator())).extracting(FeeLine::kind, FeeLine::total)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(FeeLineKind.FEE, Money.ZERO),
                        org.assertj.core.groups.Tuple.tuple(FeeLineKind.KM_ALLOWANCE,
                                parameters.valueOn(FeeParameter.KM_ALLOWANCE_PER_KM, today).money().times(10)));
    }

    @Test
    void coordinatorCorrectsWithAReasonKeptInHistoryAndApproves() {
        var pool = pools.ngoPool("Fees correction NGO");
        rates.add(RateKind.PER_HOUR, null, Money.parse("20,00"), 0, 0, today.minusYears(1), null, pool.coordinator());
        UUID assignment = work.approve(pool, TaskType.TEACHING, FeeBasis.ORGANISATION_RATE, null, "2", 0, null);
        FeeLine fee = feeLines.ofAssignment(assignment, pool.coordinator()).getFirst();

        assertThatThrownBy(() -> feeLines.correct(fee.id(), 5_000, "  ", pool.coordinator()))
                .isInstanceOf(FeeLineRefused.class).extracting("messageKey").isEqualTo("fees.line.reasonMissing");
        assertThatThrownBy(() -> feeLines.correct(fee.id(), -1, "Typo", pool.coordinator()))
                .isInstanceOf(FeeLineRefused.class);
        FeeLine corrected = feeLines.correct(fee.id(), 5_000, "Travel time agreed as work", pool.coordinator());
        FeeLine approved = feeLines.approve(fee.id(), pool.coordinator());

        assertThat(corrected.total()).isEqualTo(Money.parse("50"));
        assertThat(approved.status()).isEqualTo(FeeLineStatus.APPROVED);
        assertThat(approved.total()).isEqualTo(Money.parse("50"));
        assertThat(feeLines.history(fee.id(), pool.coordinator())).singleElement().satisfies(change -> {
            assertThat(change.oldTotal()).isEqualTo(Money.parse("40"));
            assertThat(change.newTotal()).isEqualTo(Money.parse("50"));
            assertThat(change.reason()).isEqualTo("Travel time agreed as work");
            assertThat(change.changedBy()).isEqualTo(pool.coordinator().id());
        });
        assertThatThrownBy(() -> feeLines.approve(fee.id(), pool.coordinator()))
                .as("approved once").isInstanceOf(FeeLineRefused.class);
    }

    @Test
    void onlyThePoolsCoordinatorsSeeOrChangeItsFeeLines() {
        var pool = pools.ngoPool("Fees boundary NGO");
        var stranger = pools.ngoPool("Fees stranger NGO");
        rates.add(RateKind.PER_HOUR, null, Money.parse("20,00"), 0, 0, today.minusYears(1), null, pool.coordinator());
        UUID assignment = work.approve(pool, TaskType.TEACHING, FeeBasis.ORGANISATION_RATE, null, "2", 0, null);
        FeeLine fee = feeLines.ofAssignment(assignment, pool.coordinator()).getFirst();

        for (var outsider : List.of(stranger.coordinator(), pool.expert(), pool.requester())) {
            assertThatThrownBy(() -> feeLines.approve(fee.id(), outsider)).isInstanceOf(FeeLineNotFound.class);
            assertThatThrownBy(() -> feeLines.correct(fee.id(), 1, "Mine now", outsider))
                    .isInstanceOf(FeeLineNotFound.class);
            assertThatThrownBy(() -> feeLines.history(fee.id(), outsider)).isInstanceOf(FeeLineNotFound.class);
        }
        assertThat(feeLines.ofAssignment(assignment, stranger.coordinator())).isEmpty();
        assertThat(feeLines.ofAssignment(assignment, pool.coordinator()).getFirst())
                .extracting(FeeLine::status, FeeLine::total).containsExactly(FeeLineStatus.DRAFT, Money.parse("40"));
    }
}
