package fi.valita.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;
import fi.valita.ValitaTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Five failed logins within 15 minutes lock an account name for 15 minutes; a hundred from one client
 * address lock that address. Kept in PostgreSQL: each test uses names of its own in the shared database.
 */
@ValitaTest
class LoginThrottleTests {

    private static final LoginSettings SETTINGS = new LoginSettings(5, Duration.ofMinutes(15), Duration.ofMinutes(15), 100);

    private final String anna = "anna-" + UUID.randomUUID() + "@example.fi";
    private final String address = "client-" + UUID.randomUUID();

    private final SteppingClock clock = new SteppingClock(Instant.parse("2026-03-02T08:00:00Z"));

    @Autowired
    JdbcClient jdbc;

    private LoginThrottle throttle;

    @org.junit.jupiter.api.BeforeEach
    void newThrottle() {
        throttle = new LoginThrottle(SETTINGS, clock, jdbc);
    }

    @Test
    void fourFailuresDoNotLock() {
        failTimes(4);

        assertThat(throttle.isLocked(anna)).isFalse();
    }

    @Test
    void fifthFailureWithinTheWindowLocks() {
        failTimes(4);
        clock.advance(Duration.ofMinutes(14));
        throttle.recordFailure(anna);

        assertThat(throttle.isLocked(anna)).isTrue();
    }

    @Test
    void failuresOlderThanTheWindowAreForgotten() {
        failTimes(4);
        clock.advance(Duration.ofMinutes(15).plusSeconds(1));
        throttle.recordFailure(anna);

        assertThat(throttle.isLocked(anna)).isFalse();
    }

    @Test
    void lockoutEndsAfterItsDuration() {
        failTimes(5);
        clock.advance(Duration.ofMinutes(15).minusSeconds(1));
        assertThat(throttle.isLocked(anna)).isTrue();

        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.isLocked(anna)).isFalse();
    }

    @Test
    void afterTheLockoutTheCountStartsAgain() {
        failTimes(5);
        clock.advance(Duration.ofMinutes(15));
        throttle.recordFailure(anna);

        assertThat(throttle.isLocked(anna)).isFalse();
    }

    @Test
    void successfulLoginResetsTheCount() {
        failTimes(4);
        throttle.recordSuccess(anna);
        failTimes(4);

        assertThat(throttle.isLocked(anna)).isFalse();
    }

    @Test
    void accountNameIsMatchedRegardlessOfCaseAndSpaces() {
        failTimes(4);
        throttle.recordFailure("  " + anna.toUpperCase(java.util.Locale.ROOT) + " ");

        assertThat(throttle.isLocked(anna)).isTrue();
    }

    @Test
    void unicodeVariantsOfTheNameCountAsTheSameName() {
        String kirsi = "kirsi-" + UUID.randomUUID() + "@example.fi";
        throttle.recordFailure(kirsi.replace('k', '\u212A'));
        throttle.recordFailure(fullwidth(kirsi));
        throttle.recordFailure(kirsi.toUpperCase(java.util.Locale.ROOT) + "\u3000");
        throttle.recordFailure("\t" + kirsi + "  ");
        throttle.recordFailure(kirsi);

        assertThat(throttle.isLocked(kirsi)).isTrue();
        assertThat(throttle.isLocked(fullwidth(kirsi))).isTrue();
    }

    @Test
    void lockingOneAccountNameLeavesOthersAlone() {
        failTimes(5);

        assertThat(throttle.isLocked("bertil-" + UUID.randomUUID() + "@example.fi")).isFalse();
    }

    @Test
    void aHundredFailuresFromOneAddressLockThatAddressForEveryName() {
        for (int i = 0; i < 100; i++) {
            throttle.recordFailure("guess-" + i + "-" + UUID.randomUUID() + "@example.fi", address);
        }

        assertThat(throttle.isLocked(anna, address)).isTrue();
        assertThat(throttle.isLocked(anna, "203.0.113.9")).isFalse();
        assertThat(throttle.isLocked(anna)).isFalse();
    }

    @Test
    void aRightPasswordDoesNotClearTheAddressCount() {
        for (int i = 0; i < 99; i++) {
            throttle.recordFailure("guess-" + i + "-" + UUID.randomUUID() + "@example.fi", address);
        }
        throttle.recordSuccess(anna);
        throttle.recordFailure(anna, address);

        assertThat(throttle.isLocked("someone-" + UUID.randomUUID() + "@example.fi", address)).isTrue();
    }

    @Test
    void anotherInstanceOfTheApplicationSeesTheLockout() {
        failTimes(5);

        var afterRestart = new LoginThrottle(SETTINGS, clock, jdbc);

        assertThat(afterRestart.isLocked(anna)).isTrue();
    }

    @Test
    void madeUpAccountNamesAreForgottenOnceTheyAreOld() {
        String guess = "guess-" + UUID.randomUUID() + "@example.fi";
        throttle.recordFailure(guess);
        failTimes(5);
        clock.advance(Duration.ofMinutes(15).plusSeconds(1));

        throttle.recordFailure("one-more-" + UUID.randomUUID() + "@example.fi");

        assertThat(throttle.remembers(guess)).isFalse();
        assertThat(throttle.remembers(anna)).isFalse();
    }

    @Test
    void forgettingKeepsLockoutsAndRecentFailures() {
        String bertil = "bertil-" + UUID.randomUUID() + "@example.fi";
        failTimes(5);
        throttle.recordFailure(bertil);
        clock.advance(Duration.ofMinutes(10));
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure(bertil);
        }
        throttle.recordFailure("one-more-" + UUID.randomUUID() + "@example.fi");

        assertThat(throttle.isLocked(anna)).isTrue();
        assertThat(throttle.isLocked(bertil)).isTrue();
    }

    private static String fullwidth(String ascii) {
        StringBuilder wide = new StringBuilder();
        ascii.chars().forEach(c -> wide.appendCodePoint(c >= '!' && c <= '~' ? c - '!' + 0xFF01 : c));
        return wide.toString();
    }

    private void failTimes(int times) {
        for (int i = 0; i < times; i++) {
            throttle.recordFailure(anna);
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
