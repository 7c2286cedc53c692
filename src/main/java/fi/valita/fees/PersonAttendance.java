package fi.valita.fees;

import java.util.List;
import java.util.UUID;

/** One person's days of work activity in a month, and how many of them count as days of attendance. */
public record PersonAttendance(UUID expertId, List<AttendanceDay> days) {

    public PersonAttendance {
        days = List.copyOf(days);
    }

    public long countedDays() {
        return days.stream().filter(AttendanceDay::counts).count();
    }

    public long warnings() {
        return days.stream().filter(d -> !d.warnings().isEmpty()).count();
    }
}
