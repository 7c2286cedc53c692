package fi.valita.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Five failed logins within 15 minutes lock an account name for 15 minutes. */
class LoginThrottleTests {

    private static final String ANNA = "anna@example.fi";

    private final SteppingClock clock = new SteppingClock(Instant.parse("2026-03-02T08:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(
            new LoginSettings(5, Duration.ofMinutes(15), Duration.ofMinutes(15)), clock);

    @Test
    void fourFailuresDoNotLock() {
        failTimes(4);

        assertThat(throttle.isLocked(ANNA)).isFalse();
    }

    @Test
    void fifthFailureWithinTheWindowLocks() {
        failTimes(4);
        clock.advance(Duration.ofMinutes(14));
        throttle.recordFailure(ANNA);

        assertThat(throttle.isLocked(ANNA)).isTrue();
    }

    @Test
    void failuresOlderThanTheWindowAreForgotten() {
        failTimes(4);
        clock.advance(Duration.ofMinutes(15).plusSeconds(1));
        throttle.recordFailure(ANNA);

        assertThat(throttle.isLocked(ANNA)).isFalse();
    }

    @Test
    void lockoutEndsAfterItsDuration() {
        failTimes(5);
        clock.advance(Duration.ofMinutes(15).minusSeconds(1));
        assertThat(throttle.isLocked(ANNA)).isTrue();

        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.isLocked(ANNA)).isFalse();
    }

    @Test
    void afterTheLockoutTheCountStartsAgain() {
        failTimes(5);
        clock.advance(Duration.ofMinutes(15));
        throttle.recordFailure(ANNA);

        assertThat(throttle.isLocked(ANNA)).isFalse();
    }

    @Test
    void successfulLoginResetsTheCount() {
        failTimes(4);
        throttle.recordSuccess(ANNA);
        failTimes(4);

        assertThat(throttle.isLocked(ANNA)).isFalse();
    }

    @Test
    void accountNameIsMatchedRegardlessOfCaseAndSpaces() {
        failTimes(4);
        throttle.recordFailure("  ANNA@Example.FI ");

        assertThat(throttle.isLocked(ANNA)).isTrue();
    }

    @Test
    void lockingOneAccountNameLeavesOthersAlone() {
        failTimes(5);

        assertThat(throttle.isLocked("bertil@example.fi")).isFalse();
    }

    @Test
    void madeUpAccountNamesAreForgottenOnceTheyAreOld() {
        for (int i = 0; i < LoginThrottle.FORGET_STALE_ABOVE; i++) {
            throttle.recordFailure("guess-" + i + "@example.fi");
        }
        failTimes(5);
        clock.advance(Duration.ofMinutes(15).plusSeconds(1));

        throttle.recordFailure("one-more@example.fi");

        assertThat(throttle.rememberedNames()).isLessThan(10);
    }

    @Test
    void forgettingKeepsLockoutsAndRecentFailures() {
        failTimes(5);
        throttle.recordFailure("bertil@example.fi");
        for (int i = 0; i < LoginThrottle.FORGET_STALE_ABOVE; i++) {
            throttle.recordFailure("guess-" + i + "@example.fi");
        }
        clock.advance(Duration.ofMinutes(10));
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure("bertil@example.fi");
        }

        assertThat(throttle.isLocked(ANNA)).isTrue();
        assertThat(throttle.isLocked("bertil@example.fi")).isTrue();
    }

    private void failTimes(int times) {
        for (int i = 0; i < times; i++) {
            throttle.recordFailure(ANNA);
        }
    }

    /** A clock that moves only when the test says so. */
    static final class SteppingClock extends Clock {
        private Instant now;

        SteppingClock(Instant start) {
            this.now = start;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
