package fi.valita.experts;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** When the expert can work, whether they are on a break, and their personal limits. */
public record Availability(
        List<WeeklySlot> weekly,
        boolean onBreak,
        @Nullable LocalDate breakUntil,
        @Nullable Integer maxAssignmentsPerMonth,
        @Nullable Integer maxHoursPerWeek) {

    /** Whether two times given for the same day overlap. */
    public boolean hasOverlappingSlots() {
        var slots = weekly.stream()
                .sorted(Comparator.comparing(WeeklySlot::day).thenComparing(WeeklySlot::startsAt))
                .toList();
        for (int i = 1; i < slots.size(); i++) {
            if (slots.get(i - 1).day() == slots.get(i).day() && slots.get(i).startsAt().isBefore(slots.get(i - 1).endsAt())) {
                return true;
            }
        }
        return false;
    }
}
