package fi.valita.assignments;

import java.sql.ResultSet;
import java.sql.SQLException;
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
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read-only facts about experts' assignments for matching: who is booked when, how much work each has
 * had lately, and what became of their offers of a request. Cancelled assignments never count as work; work
 * asked for within a window of days counts once its day and time are agreed (see {@link WorkTimes}), like work
 * of a fixed time.
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

    /**
     * What became of each expert's latest offer of the request (offers closed unanswered left out), by expert.
     * An open offer past its deadline counts as expired, as it is by the time anyone could answer it. The expert
     * called the assignment off when they cancelled it themself (experts' accounts share their ids).
     */
    @Transactional(readOnly = true)
    public Map<UUID, EarlierOffer> earlierOffers(UUID requestId, Instant now) {
        Map<UUID, EarlierOffer> result = new HashMap<>();
        jdbc.sql("""
                select distinct on (o.expert_id) o.expert_id, o.status, o.respond_by, o.answered_at,
                    a.status as assignment_status, a.cancelled_by = o.expert_id as by_expert, a.cancelled_at
                from offer o left join assignment a on a.offer_id = o.id
                where o.request_id = :request and o.status <> 'CLOSED'
                order by o.expert_id, o.created_at desc, o.id""")
                .param("request", requestId)
                .query((rs, n) -> earlierOffer(rs, now))
                .list()
                .forEach(e -> result.put(e.expertId(), e));
        return result;
    }

    private static EarlierOffer earlierOffer(ResultSet rs, Instant now) throws SQLException {
        UUID expert = rs.getObject("expert_id", UUID.class);
        Instant respondBy = rs.getTimestamp("respond_by").toInstant();
        Instant answered = instant(rs.getTimestamp("answered_at"));
        return switch (rs.getString("status")) {
            case "OPEN" -> respondBy.isAfter(now) ? new EarlierOffer(expert, EarlierOffer.Outcome.WAITING, respondBy)
                    : new EarlierOffer(expert, EarlierOffer.Outcome.EXPIRED, respondBy);
            case "DECLINED" -> new EarlierOffer(expert, EarlierOffer.Outcome.DECLINED, answered);
            case "EXPIRED" -> new EarlierOffer(expert, EarlierOffer.Outcome.EXPIRED, answered);
            default -> !"CANCELLED".equals(rs.getString("assignment_status"))
                    ? new EarlierOffer(expert, EarlierOffer.Outcome.TAKEN, answered)
                    : new EarlierOffer(expert, rs.getBoolean("by_expert") ? EarlierOffer.Outcome.CANCELLED_BY_EXPERT
                            : EarlierOffer.Outcome.CANCELLED_BY_OTHERS, instant(rs.getTimestamp("cancelled_at")));
        };
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    /** The default look-back for fair rotation. */
    public static Instant rotationSince(Instant now) {
        return now.minus(90, ChronoUnit.DAYS);
    }
}
