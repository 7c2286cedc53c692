package fi.valita.fees;

import static org.assertj.core.api.Assertions.assertThat;

import fi.valita.experts.EngagementForm;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Days of rehabilitative work activity: 4–8 hours make a day, at most 4 days a week count. */
class AttendanceRulesTests {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);
    private final UUID teemu = UUID.randomUUID();
    private final List<AttendanceEntry> entries = new ArrayList<>();

    @Test
    void aDayOfFourToEightHoursCountsAndTheHoursOfOneDayAreAddedTogether() {
        worked(MONDAY, "4");
        worked(MONDAY.plusDays(1), "2.5");
        worked(MONDAY.plusDays(1), "2");
        worked(MONDAY.plusDays(2), "8");

        List<AttendanceDay> days = days(MONDAY, MONDAY.plusDays(6));

        assertThat(days).extracting(AttendanceDay::hours).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("4"), new BigDecimal("4.5"), new BigDecimal("8"));
        assertThat(days).allSatisfy(day -> {
            assertThat(day.counts()).isTrue();
            assertThat(day.warnings()).isEmpty();
        });
    }

    @Test
    void underFourHoursIsNoDayAndOverEightCountsWithAWarning() {
        worked(MONDAY, "3.99");
        worked(MONDAY.plusDays(1), "9");

        List<AttendanceDay> days = days(MONDAY, MONDAY.plusDays(6));

        assertThat(days.get(0).counts()).isFalse();
        assertThat(days.get(0).warnings()).containsExactly(AttendanceDay.Warning.UNDER_4_HOURS);
        assertThat(days.get(1).counts()).isTrue();
        assertThat(days.get(1).warnings()).containsExactly(AttendanceDay.Warning.OVER_8_HOURS);
    }

    @Test
    void aFifthDayOfTheSameWeekIsNotCountedButTheNextWeekStartsAgain() {
        for (int d = 0; d < 6; d++) {
            worked(MONDAY.plusDays(d), "5");
        }
        worked(MONDAY.plusDays(7), "5");

        List<AttendanceDay> days = days(MONDAY, MONDAY.plusDays(7));

        assertThat(days).extracting(AttendanceDay::counts).containsExactly(true, true, true, true, false, false, true);
        assertThat(days.get(4).warnings()).containsExactly(AttendanceDay.Warning.OVER_4_DAYS_A_WEEK);
        assertThat(new PersonAttendance(teemu, days).countedDays()).isEqualTo(5);
    }

    @Test
    void daysOfTheWeekBeforeTheMonthCountTowardsTheWeeklyLimitButAreNotListed() {
        // Monday 30 November to Thursday 3 December: four days; Friday 4 December is the fifth.
        for (int d = 0; d < 5; d++) {
            worked(MONDAY.plusDays(d), "5");
        }

        List<AttendanceDay> december = days(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31));

        assertThat(december).extracting(AttendanceDay::day).first().isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(december).extracting(AttendanceDay::counts).containsExactly(true, true, true, false);
    }

    @Test
    void aDayLessThanADayOfTheSameWeekDoesNotUseUpTheWeek() {
        worked(MONDAY, "2");
        for (int d = 1; d < 5; d++) {
            worked(MONDAY.plusDays(d), "5");
        }

        assertThat(days(MONDAY, MONDAY.plusDays(6))).extracting(AttendanceDay::counts)
                .containsExactly(false, true, true, true, true);
    }

    private void worked(LocalDate day, String hours) {
        entries.add(new AttendanceEntry(UUID.randomUUID(), teemu, UUID.randomUUID(),
                EngagementForm.REHABILITATIVE_WORK_ACTIVITY, day, new BigDecimal(hours)));
    }

    private List<AttendanceDay> days(LocalDate from, LocalDate to) {
        List<PersonAttendance> people = AttendanceRules.apply(entries, from, to);
        assertThat(people).singleElement().extracting(PersonAttendance::expertId).isEqualTo(teemu);
        return people.getFirst().days();
    }
}
