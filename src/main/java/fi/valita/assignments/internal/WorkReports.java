package fi.valita.assignments.internal;

import fi.valita.assignments.WorkDone;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The expert's report after the work and its confirmation, kept on the assignment row. */
@Repository
public class WorkReports {

    private final JdbcClient jdbc;

    WorkReports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Marks a confirmed assignment completed with the reported figures; false when it was not confirmed. */
    public boolean complete(UUID assignmentId, BigDecimal hours, int travelKm, @Nullable Long travelCostsCents,
            boolean debriefWanted, Instant at) {
        return jdbc.sql("""
                update assignment set status = 'COMPLETED', reported_hours = :hours, travel_km = :km,
                    travel_costs_cents = :costs, debrief_wanted = :debrief, completed_at = :at
                where id = :id and status = 'CONFIRMED'""")
                .param("hours", hours)
                .param("km", travelKm)
                .param("costs", travelCostsCents)
                .param("debrief", debriefWanted)
                .param("at", Timestamp.from(at))
                .param("id", assignmentId)
                .update() == 1;
    }

    /** Marks a completed assignment approved; false when it was not completed. */
    public boolean approve(UUID assignmentId, UUID by, Instant at) {
        return jdbc.sql("""
                update assignment set status = 'APPROVED', confirmed_at = :at, confirmed_by = :by
                where id = :id and status = 'COMPLETED' and completed_at is not null""")
                .param("at", Timestamp.from(at))
                .param("by", by)
                .param("id", assignmentId)
                .update() == 1;
    }

    public Optional<WorkDone> of(UUID assignmentId) {
        return jdbc.sql("""
                select id, reported_hours, travel_km, travel_costs_cents, debrief_wanted, completed_at, confirmed_at,
                    confirmed_by
                from assignment where id = :id and completed_at is not null""")
                .param("id", assignmentId)
                .query(WorkReports::map)
                .optional();
    }

    /** True when the request has assignments and every one not called off is approved. */
    public boolean allApproved(UUID requestId) {
        return jdbc.sql("""
                select count(*) > 0 and bool_and(status = 'APPROVED')
                from assignment where request_id = :request and status <> 'CANCELLED'""")
                .param("request", requestId)
                .query(Boolean.class)
                .single();
    }

    /** Marks the coordinator's debrief with the expert done; false when there was none waiting in the pool. */
    public boolean debriefHandled(UUID assignmentId, UUID poolOrganisationId, UUID by, Instant at) {
        return jdbc.sql("""
                update assignment set debrief_handled_at = :at, debrief_handled_by = :by
                where id = :id and pool_organisation_id = :pool and debrief_wanted and debrief_handled_at is null""")
                .param("at", Timestamp.from(at))
                .param("by", by)
                .param("id", assignmentId)
                .param("pool", poolOrganisationId)
                .update() == 1;
    }

    private static WorkDone map(ResultSet rs, int row) throws SQLException {
        Timestamp confirmed = rs.getTimestamp("confirmed_at");
        long costs = rs.getLong("travel_costs_cents");
        Long travelCosts = rs.wasNull() ? null : costs;
        return new WorkDone(
                rs.getObject("id", UUID.class),
                rs.getBigDecimal("reported_hours"),
                rs.getInt("travel_km"),
                travelCosts,
                rs.getBoolean("debrief_wanted"),
                rs.getTimestamp("completed_at").toInstant(),
                confirmed == null ? null : confirmed.toInstant(),
                rs.getObject("confirmed_by", UUID.class));
    }
}
