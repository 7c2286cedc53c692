package fi.valita.fees.internal;

import fi.valita.assignments.Assignment;
import fi.valita.requests.WorkRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/** The days of a piece of work, in Helsinki: what fee lines are dated by. */
public final class WorkDates {

    public static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    private WorkDates() {}

    /** The day of the work: a fixed time's start, or for a window of days the given day kept inside it. */
    public static LocalDate workDate(WorkRequest request, LocalDate today) {
        if (request.startsAt() != null) {
            return day(request.startsAt());
        }
        LocalDate day = today;
        if (request.windowTo() != null && day.isAfter(request.windowTo())) {
            day = request.windowTo();
        }
        if (request.windowFrom() != null && day.isBefore(request.windowFrom())) {
            day = request.windowFrom();
        }
        return day;
    }

    /** The first day the work may have taken: the agreed start, the request's start, or its window's first day. */
    public static LocalDate firstDay(Assignment assignment, WorkRequest request) {
        Instant start = assignment.startsAt() != null ? assignment.startsAt() : request.startsAt();
        if (start != null) {
            return day(start);
        }
        return orToday(request.windowFrom(), assignment.createdAt());
    }

    /** The last day the work may have taken: the agreed end, the request's end, or its window's last day. */
    public static LocalDate lastDay(Assignment assignment, WorkRequest request) {
        Instant end = assignment.endsAt() != null ? assignment.endsAt() : request.endsAt();
        if (end != null) {
            return day(end.minusNanos(1));
        }
        return orToday(request.windowTo(), assignment.createdAt());
    }

    private static LocalDate orToday(@Nullable LocalDate day, Instant fallback) {
        return day != null ? day : day(fallback);
    }

    private static LocalDate day(Instant instant) {
        return LocalDate.ofInstant(instant, HELSINKI);
    }
}
