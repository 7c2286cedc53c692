package fi.valita.assignments;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The rules after the work, without Spring. */
class WorkRulesTests {

    private static final Instant REPORTED = Instant.parse("2026-03-02T10:00:00Z");

    @Test
    void eachSideSeesTheOthersFeedbackOnlyAfterGivingItsOwn() {
        assertThat(FeedbackView.otherSideVisible(false, REPORTED, REPORTED.plus(Duration.ofDays(13)))).isFalse();
        assertThat(FeedbackView.otherSideVisible(true, REPORTED, REPORTED.plusSeconds(60))).isTrue();
    }

    @Test
    void theOthersFeedbackOpensToEveryoneFourteenDaysAfterTheReport() {
        Instant fourteenDays = REPORTED.plus(Duration.ofDays(14));
        assertThat(FeedbackView.otherSideVisible(false, REPORTED, fourteenDays.minusSeconds(1))).isFalse();
        assertThat(FeedbackView.otherSideVisible(false, REPORTED, fourteenDays)).isTrue();
        assertThat(FeedbackView.otherSideVisible(false, null, fourteenDays)).as("never reported").isFalse();
    }

    @Test
    void anAfternoonTalkAllowsUpTo24HoursAndATwoDayCourse48() {
        Assignment talk = at("2026-03-02T12:00:00Z", "2026-03-02T14:00:00Z");
        Assignment course = at("2026-03-02T07:00:00Z", "2026-03-03T15:00:00Z");

        assertThat(WorkRules.workDays(talk)).isEqualTo(1);
        assertThat(WorkRules.hoursAllowed(new BigDecimal("24"), talk)).isTrue();
        assertThat(WorkRules.hoursAllowed(new BigDecimal("24.01"), talk)).isFalse();
        assertThat(WorkRules.hoursAllowed(BigDecimal.ZERO, talk)).isFalse();
        assertThat(WorkRules.hoursAllowed(new BigDecimal("2.125"), talk)).as("hundredths at most").isFalse();
        assertThat(WorkRules.workDays(course)).isEqualTo(2);
        assertThat(WorkRules.hoursAllowed(new BigDecimal("48"), course)).isTrue();
        assertThat(WorkRules.hoursAllowed(new BigDecimal("48.5"), course)).isFalse();
    }

    @Test
    void workEndingAtMidnightInHelsinkiIsOneDay() {
        assertThat(WorkRules.workDays(at("2026-03-02T20:00:00Z", "2026-03-02T22:00:00Z"))).isEqualTo(1);
    }

    @Test
    void aDayAgreedWithinAWindowIsOneDayOfWork() {
        assertThat(WorkRules.workDays(at(null, null))).isEqualTo(1);
    }

    private static Assignment at(String starts, String ends) {
        return new Assignment(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                UUID.randomUUID(), UUID.randomUUID(), starts == null ? null : Instant.parse(starts),
                ends == null ? null : Instant.parse(ends), AssignmentStatus.CONFIRMED, null, null, REPORTED,
                fi.valita.experts.EngagementForm.FEE_BASED_ASSIGNMENT);
    }
}
