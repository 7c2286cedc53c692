package fi.valita.assignments;

import fi.valita.identity.CurrentUser;
import fi.valita.identity.Role;
import fi.valita.requests.WorkRequest;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;

/** Who may do what after the work, and when: pure rules, tested without Spring. */
final class WorkRules {

    static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
    static final BigDecimal HOURS_PER_DAY = BigDecimal.valueOf(24);

    private WorkRules() {}

    /** The fixed start, or the first morning of the window of days. */
    static Instant workStarts(Assignment a, WorkRequest r) {
        if (a.startsAt() != null) {
            return a.startsAt();
        }
        if (r.startsAt() != null) {
            return r.startsAt();
        }
        return r.windowFrom() != null ? r.windowFrom().atStartOfDay(HELSINKI).toInstant() : a.createdAt();
    }

    static boolean started(Assignment a, WorkRequest r, Instant now) {
        return !now.isBefore(workStarts(a, r));
    }

    /** Calendar days the fixed time touches in Helsinki; a day agreed within a window is one day. */
    static int workDays(Assignment a) {
        if (a.startsAt() == null || a.endsAt() == null || !a.endsAt().isAfter(a.startsAt())) {
            return 1;
        }
        LocalDate first = a.startsAt().atZone(HELSINKI).toLocalDate();
        LocalDate last = a.endsAt().minusNanos(1).atZone(HELSINKI).toLocalDate();
        return (int) ChronoUnit.DAYS.between(first, last) + 1;
    }

    /** More than nothing, at most 24 hours for each day of work, to the hundredth of an hour. */
    static boolean hoursAllowed(BigDecimal hours, Assignment a) {
        return hours.signum() > 0
                && hours.stripTrailingZeros().scale() <= 2
                && hours.compareTo(HOURS_PER_DAY.multiply(BigDecimal.valueOf(workDays(a)))) <= 0;
    }

    static boolean isTheExpert(Assignment a, CurrentUser user) {
        return user.is(Role.EXPERT) && a.expertId().equals(user.id());
    }

    static boolean isRequester(Assignment a, CurrentUser user) {
        return user.is(Role.REQUESTER) && a.requesterOrganisationId().equals(user.organisationId());
    }

    static boolean isPoolCoordinator(Assignment a, CurrentUser user) {
        return user.coordinates() && a.poolOrganisationId().equals(user.organisationId());
    }

    static boolean mayConfirm(Assignment a, CurrentUser user) {
        return isRequester(a, user) || isPoolCoordinator(a, user);
    }

    /** The side the user gives feedback for; null for coordinators and anyone else. */
    static @Nullable FeedbackSide sideOf(Assignment a, CurrentUser user) {
        if (isTheExpert(a, user)) {
            return FeedbackSide.EXPERT;
        }
        return isRequester(a, user) ? FeedbackSide.REQUESTER : null;
    }

    static boolean reported(Assignment a) {
        return a.status() == AssignmentStatus.COMPLETED || a.status() == AssignmentStatus.APPROVED;
    }
}
