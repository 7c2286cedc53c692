package fi.valita.fees;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How close a volunteer is to a yearly cap: under, near (80 % or the next would pass), passed. */
class CapLevelTests {

    static final long KM_CAP = 300_000;
    static final long DAY_CAP = 20;

    @Test
    void underEightyPercentIsUnder() {
        assertThat(CapLevel.of(239_999, KM_CAP, 0)).isEqualTo(CapLevel.UNDER);
        assertThat(CapLevel.of(0, KM_CAP, 0)).isEqualTo(CapLevel.UNDER);
        assertThat(CapLevel.of(15, DAY_CAP, 1)).isEqualTo(CapLevel.UNDER);
    }

    @Test
    void fromEightyPercentUpToTheCapItselfIsNear() {
        assertThat(CapLevel.of(240_000, KM_CAP, 0)).isEqualTo(CapLevel.NEAR);
        assertThat(CapLevel.of(KM_CAP, KM_CAP, 0)).as("at the cap").isEqualTo(CapLevel.NEAR);
        assertThat(CapLevel.of(16, DAY_CAP, 0)).isEqualTo(CapLevel.NEAR);
        assertThat(CapLevel.of(DAY_CAP, DAY_CAP, 0)).isEqualTo(CapLevel.NEAR);
    }

    @Test
    void anAdditionThatWouldPassTheCapIsNearEvenFromFarBelow() {
        assertThat(CapLevel.of(100_000, KM_CAP, 200_001)).isEqualTo(CapLevel.NEAR);
        assertThat(CapLevel.of(100_000, KM_CAP, 200_000)).isEqualTo(CapLevel.UNDER);
    }

    @Test
    void overTheCapIsPassed() {
        assertThat(CapLevel.of(KM_CAP + 1, KM_CAP, 0)).isEqualTo(CapLevel.PASSED);
        assertThat(CapLevel.of(DAY_CAP + 1, DAY_CAP, 1)).isEqualTo(CapLevel.PASSED);
        assertThat(CapLevel.PASSED.warns()).isTrue();
        assertThat(CapLevel.UNDER.warns()).isFalse();
    }
}
