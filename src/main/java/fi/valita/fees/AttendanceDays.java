package fi.valita.fees;

import fi.valita.experts.EngagementForm;
import fi.valita.fees.internal.AttendanceRecords;
import fi.valita.identity.CurrentUser;
import fi.valita.identity.Role;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Days of work activity, recorded when work done as rehabilitative work activity or 27 e § work activity is
 * approved: the month's list a coordinator sends the municipality, and an expert's own days.
 */
@Service
public class AttendanceDays {

    private final AttendanceRecords records;

    AttendanceDays(AttendanceRecords records) {
        this.records = records;
    }

    /** The coordinator's pool's people with days of the form in the month, by the rules of {@link AttendanceRules}. */
    @Transactional(readOnly = true)
    public List<PersonAttendance> month(YearMonth month, EngagementForm form, CurrentUser coordinator) {
        if (!coordinator.coordinates()) {
            throw new AccessDeniedException("Only coordinators list days of work activity");
        }
        if (!form.isWorkActivity()) {
            throw new IllegalArgumentException(form + " has no days of attendance");
        }
        return of(records.ofPool(coordinator.organisationId(), form, weekStart(month.atDay(1)),
                weekEnd(month.atEndOfMonth())), month);
    }

    /** The signed-in expert's own days of work activity that count, by month of the year, from any pool. */
    @Transactional(readOnly = true)
    public Map<YearMonth, Long> countedDaysOf(int year, CurrentUser expert) {
        if (!expert.is(Role.EXPERT)) {
            throw new AccessDeniedException("Only an expert has days of work activity");
        }
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        Map<YearMonth, Long> counted = new TreeMap<>();
        AttendanceRules.apply(records.ofExpert(expert.id(), weekStart(first), weekEnd(last)), first, last).stream()
                .flatMap(person -> person.days().stream())
                .filter(AttendanceDay::counts)
                .forEach(day -> counted.merge(YearMonth.from(day.day()), 1L, Long::sum));
        return counted;
    }

    private static List<PersonAttendance> of(List<AttendanceEntry> entries, YearMonth month) {
        return AttendanceRules.apply(entries, month.atDay(1), month.atEndOfMonth());
    }

    private static LocalDate weekStart(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private static LocalDate weekEnd(LocalDate day) {
        return day.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
    }
}
