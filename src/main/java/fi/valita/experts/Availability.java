package fi.valita.experts;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** When the expert can work, whether they are on a break, and their personal limits. */
public record Availability(
        List<WeeklySlot> weekly,
        boolean onBreak,
        @Nullable LocalDate breakUntil,
        @Nullable Integer maxAssignmentsPerMonth,
        @Nullable Integer maxHoursPerWeek) {}
