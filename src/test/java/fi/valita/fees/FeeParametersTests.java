package fi.valita.fees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.valita.ValitaTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;

/** Dated parameters: one value per key and day, the right year's value, and a clear failure in a gap. */
@ValitaTest
class FeeParametersTests {

    @Autowired
    FeeParameters parameters;

    @Test
    void kilometreAllowanceIsTheOneOfTheYearOfTheWork() {
        assertThat(parameters.valueOn(FeeParameter.KM_ALLOWANCE_PER_KM, LocalDate.of(2025, 12, 31)).valueCents())
                .isEqualTo(53L);
        assertThat(parameters.valueOn(FeeParameter.KM_ALLOWANCE_PER_KM, LocalDate.of(2026, 1, 1)).valueCents())
                .isEqualTo(55L);
    }

    @Test
    void volunteerCapsAreSeededAsData() {
        LocalDate day = LocalDate.of(2026, 6, 1);
        assertThat(parameters.valueOn(FeeParameter.VOLUNTEER_KM_ALLOWANCE_CAP_PER_YEAR, day).money().cents())
                .isEqualTo(300_000L);
        assertThat(parameters.valueOn(FeeParameter.VOLUNTEER_DAILY_ALLOWANCE_DAYS_PER_YEAR, day).valueDecimal())
                .isEqualByComparingTo("20");
    }

    @Test
    void twoValuesOfOneKeyForOverlappingPeriodsAreRefusedByTheDatabase() {
        String key = "TEST_OVERLAP_" + UUID.randomUUID();
        parameters.add(key, 100L, null, "EUR_CENTS", LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31), "first");

        assertThatThrownBy(() -> parameters.add(key, 200L, null, "EUR_CENTS", LocalDate.of(2020, 12, 31), null,
                "overlaps by the last day")).isInstanceOf(DataIntegrityViolationException.class);
        parameters.add(key, 200L, null, "EUR_CENTS", LocalDate.of(2021, 1, 1), null, "follows");
        assertThat(parameters.history(key)).extracting(FeeParameter::valueCents).containsExactly(100L, 200L);
    }

    @Test
    void aDayNoRowCoversFailsClearly() {
        String key = "TEST_GAP_" + UUID.randomUUID();
        parameters.add(key, null, new BigDecimal("1.5"), "FACTOR", LocalDate.of(2020, 1, 1),
                LocalDate.of(2020, 12, 31), "2020");
        parameters.add(key, null, new BigDecimal("2"), "FACTOR", LocalDate.of(2022, 1, 1), null, "from 2022");

        assertThat(parameters.valueOn(key, LocalDate.of(2020, 12, 31)).valueDecimal()).isEqualByComparingTo("1.5");
        assertThat(parameters.valueOn(key, LocalDate.of(2030, 1, 1)).valueDecimal()).isEqualByComparingTo("2");
        assertThatThrownBy(() -> parameters.valueOn(key, LocalDate.of(2021, 6, 1)))
                .isInstanceOf(FeeParameterMissing.class)
                .hasMessageContaining(key).hasMessageContaining("2021-06-01");
        assertThatThrownBy(() -> parameters.valueOn(key, LocalDate.of(2019, 12, 31)))
                .isInstanceOf(FeeParameterMissing.class);
    }

    @Test
    void keysWhoseLastValueEndsBeforeTheDayAreRunningOut() {
        String ending = "TEST_ENDING_" + UUID.randomUUID();
        String continued = "TEST_CONTINUED_" + UUID.randomUUID();
        String open = "TEST_OPEN_" + UUID.randomUUID();
        parameters.add(ending, 10L, null, "EUR_CENTS", LocalDate.of(2030, 1, 1), LocalDate.of(2030, 12, 31), "t");
        parameters.add(continued, 10L, null, "EUR_CENTS", LocalDate.of(2030, 1, 1), LocalDate.of(2030, 12, 31), "t");
        parameters.add(continued, 11L, null, "EUR_CENTS", LocalDate.of(2031, 1, 1), LocalDate.of(2031, 12, 31), "t");
        parameters.add(open, 10L, null, "EUR_CENTS", LocalDate.of(2030, 1, 1), null, "t");

        assertThat(parameters.endingBefore(LocalDate.of(2031, 2, 1)))
                .contains(new FeeParameterEnding(ending, LocalDate.of(2030, 12, 31)))
                .extracting(FeeParameterEnding::key).doesNotContain(continued, open);
        assertThat(parameters.endingBefore(LocalDate.of(2030, 12, 31))).extracting(FeeParameterEnding::key)
                .doesNotContain(ending);
    }
}
