package fi.valita.documents;

import fi.valita.experts.EngagementForm;
import fi.valita.fees.AttendanceDays;
import fi.valita.fees.PersonAttendance;
import fi.valita.identity.CurrentUser;
import fi.valita.identity.Identity;
import fi.valita.identity.Role;
import fi.valita.identity.UserAccount;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The month's days of work activity per person, for the coordinator to send to the municipality: who attended on
 * which days, how many days count, and the days that need a look. Two statements whatever the number of people.
 */
@Service
public class AttendanceLists {

    private final AttendanceDays attendance;
    private final Identity identity;

    AttendanceLists(AttendanceDays attendance, Identity identity) {
        this.attendance = attendance;
        this.identity = identity;
    }

    /** One form's list of the coordinator's pool, people by name. */
    @Transactional(readOnly = true)
    public AttendanceList month(YearMonth month, EngagementForm form, CurrentUser coordinator) {
        if (!coordinator.coordinates()) {
            throw new AccessDeniedException("Only coordinators list days of work activity");
        }
        Map<java.util.UUID, String> names = identity.peopleOf(coordinator.organisationId(), Role.EXPERT).stream()
                .collect(Collectors.toMap(UserAccount::id, UserAccount::displayName, (a, b) -> a));
        List<AttendanceList.Person> people = attendance.month(month, form, coordinator).stream()
                .map(p -> new AttendanceList.Person(names.getOrDefault(p.expertId(), "–"), p))
                .sorted(Comparator.comparing(AttendanceList.Person::name, String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(person -> person.attendance().expertId()))
                .toList();
        return new AttendanceList(month, form, people);
    }

    /** The forms that have days of attendance, in the order the page offers them. */
    public static List<EngagementForm> forms() {
        return java.util.Arrays.stream(EngagementForm.values()).filter(EngagementForm::isWorkActivity)
                .sorted(Comparator.comparing((EngagementForm f) -> f != EngagementForm.REHABILITATIVE_WORK_ACTIVITY))
                .collect(Collectors.toList());
    }

    /** A month's list: each person with their days. */
    public record AttendanceList(YearMonth month, EngagementForm form, List<Person> people) {

        public AttendanceList {
            people = List.copyOf(people);
        }

        public record Person(String name, PersonAttendance attendance) {}
    }
}
