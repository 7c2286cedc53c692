package fi.valita.fees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.valita.TestPools;
import fi.valita.ValitaTest;
import fi.valita.experts.TaskType;
import fi.valita.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;

/** Rate cards: the task type's own rate before the general one, on the right day, per organisation. */
@ValitaTest
class RatesTests {

    @Autowired
    Rates rates;

    @Autowired
    TestPools pools;

    @Test
    void taskTypesOwnRateWinsOverTheGeneralOne() {
        var pool = pools.ngoPool("Rates NGO");
        var other = pools.ngoPool("Rates other NGO");
        LocalDate from = LocalDate.of(2026, 1, 1);
        rates.add(RateKind.PER_HOUR, null, Money.parse("20,00"), 30, 60, from, null, pool.coordinator());
        rates.add(RateKind.PER_TASK, TaskType.TEACHING, Money.parse("150"), 0, 0, from, null, pool.coordinator());
        LocalDate day = LocalDate.of(2026, 3, 1);

        assertThat(rates.rateFor(pool.organisation().id(), TaskType.TEACHING, day)).get()
                .extracting(Rate::kind, Rate::amount).containsExactly(RateKind.PER_TASK, Money.ofCents(15_000));
        assertThat(rates.rateFor(pool.organisation().id(), TaskType.LOBBY_PRESENCE, day)).get()
                .extracting(Rate::kind, Rate::amount).containsExactly(RateKind.PER_HOUR, Money.ofCents(2_000));
        assertThat(rates.rateFor(pool.organisation().id(), TaskType.TEACHING, from.minusDays(1))).isEmpty();
        assertThat(rates.rateFor(other.organisation().id(), TaskType.TEACHING, day)).isEmpty();
    }

    @Test
    void aNewRateFromADayReplacesTheOldOneFromThatDay() {
        var pool = pools.ngoPool("Rates change NGO");
        rates.add(RateKind.PER_HOUR, null, Money.parse("20"), 0, 0, LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 12, 31), pool.coordinator());
        rates.add(RateKind.PER_HOUR, null, Money.parse("22"), 0, 0, LocalDate.of(2026, 1, 1), null,
                pool.coordinator());

        assertThat(rates.rateFor(pool.organisation().id(), TaskType.TEACHING, LocalDate.of(2025, 12, 31)))
                .get().extracting(Rate::amount).isEqualTo(Money.parse("20"));
        assertThat(rates.rateFor(pool.organisation().id(), TaskType.TEACHING, LocalDate.of(2026, 1, 1)))
                .get().extracting(Rate::amount).isEqualTo(Money.parse("22"));
        assertThatThrownBy(() -> rates.add(RateKind.PER_MEETING, null, Money.parse("50"), 0, 0,
                LocalDate.of(2026, 6, 1), null, pool.coordinator()))
                .as("two general rates on one day").isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void billableTimeIsHoursPlusPreparationAtLeastTheMinimum() {
        var rate = new Rate(java.util.UUID.randomUUID(), java.util.UUID.randomUUID(), RateKind.PER_HOUR, null,
                Money.parse("20"), 30, 120, LocalDate.of(2026, 1, 1), null);

        assertThat(rate.billableHours(new BigDecimal("1"))).isEqualByComparingTo("2");
        assertThat(rate.billableHours(new BigDecimal("2.5"))).isEqualByComparingTo("3");
        assertThat(rate.amount().times(rate.billableHours(new BigDecimal("1.83")))).isEqualTo(Money.parse("46,60"));
    }
}
