package fi.valita.assignments;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read-only facts about experts' assignments for matching: who is booked when, and how much work
 * each has had lately. Cancelled assignments never count; work asked for within a window of days counts
 * once its day and time are agreed (see {@link WorkTimes}), like work of a fixed time.
 */
@Service
public class Bookings {

    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    private final JdbcClient jdbc;

    Bookings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Active assignments of the experts that overlap the given time. */
    @Transactional(readOnly = true)
    public List<Booking> overlapping(Collection<UUID> expertIds, Instant from, Instant to) {
        if (expertIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select expert_id, id, lower(during) as starts_at, upper(during) as ends_at from assignment
                where expert_id in (:experts) and status <> 'CANCELLED' and during && tstzrange(:from, :to)""")
                .param("experts", expertIds)
                .param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to))
                .query((rs, n) -> new Booking(
                        rs.getObject("expert_id", UUID.class),
                        rs.getObject("id", UUID.class),
                        rs.getTimestamp("starts_at").toInstant(),
                        rs.getTimestamp("ends_at").toInstant()))
                .list();
    }

    /**
     * Each expert's workload: assignments created since {@code since}, assignments starting in the month of
     * {@code day}, and booked hours in the week of {@code day}. Experts without any get zeros.
     */
    @Transactional(readOnly = true)
    public Map<UUID, Workload> workload(Collection<UUID> expertIds, Instant since, LocalDate day) {
        Map<UUID, Workload> result = new HashMap<>();
        expertIds.forEach(id -> result.put(id, new Workload(id, 0, 0, 0)));
        if (expertIds.isEmpty()) {
            return result;
        }
        Instant monthStart = day.withDayOfMonth(1).atStartOfDay(HELSINKI).toInstant();
        Instant monthEnd = day.with(TemporalAdjusters.firstDayOfNextMonth()).atStartOfDay(HELSINKI).toInstant();
        LocalDate monday = day.minusDays(day.getDayOfWeek().getValue() - 1L);
        Instant weekStart = monday.atStartOfDay(HELSINKI).toInstant();
        Instant weekEnd = monday.plusDays(7).atStartOfDay(HELSINKI).toInstant();
        jdbc.sql("""
                select expert_id,
                    count(*) filter (where created_at >= :since) as recent,
                    count(*) filter (where lower(during) >= :monthStart and lower(during) < :monthEnd) as in_month,
                    coalesce(sum(extract(epoch from (least(upper(during), :weekEnd) - greatest(lower(during), :weekStart))) / 3600)
                        filter (where during && tstzrange(:weekStart, :weekEnd)), 0) as week_hours
                from assignment
                where expert_id in (:experts) and status <> 'CANCELLED'
                group by expert_id""")
                .param("since", Timestamp.from(since))
                .param("monthStart", Timestamp.from(monthStart))
                .param("monthEnd", Timestamp.from(monthEnd))
                .param("weekStart", Timestamp.from(weekStart))
                .param("weekEnd", Timestamp.from(weekEnd))
                .param("experts", expertIds)
                .query((rs, n) -> new Workload(
                        rs.getObject("expert_id", UUID.class),
                        rs.getInt("recent"),
                        rs.getInt("in_month"),
                        rs.getDouble("week_hours")))
                .list()
                .forEach(w -> result.put(w.expertId(), w));
        return result;
    }

    /** The default look-back for fair rotation. */
    public static Instant rotationSince(Instant now) {
        return now.minus(90, ChronoUnit.DAYS);
    }
}
