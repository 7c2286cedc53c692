package fi.valita.assignments.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Experts' reports of mistreatment, read only through the pool's coordinators' task list. */
@Repository
public class MistreatmentReports {

    private final JdbcClient jdbc;

    MistreatmentReports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void add(UUID id, UUID assignmentId, UUID expertId, String text, Instant at) {
        jdbc.sql("""
                insert into mistreatment_report (id, assignment_id, expert_id, text, created_at)
                values (:id, :assignment, :expert, :text, :at)""")
                .param("id", id)
                .param("assignment", assignmentId)
                .param("expert", expertId)
                .param("text", text)
                .param("at", Timestamp.from(at))
                .update();
    }

    /** Marks a report of the pool handled; false when there was no such unhandled report in the pool. */
    public boolean handled(UUID reportId, UUID poolOrganisationId, UUID by, Instant at) {
        return jdbc.sql("""
                update mistreatment_report r set handled_at = :at, handled_by = :by
                from assignment a
                where r.id = :id and a.id = r.assignment_id and a.pool_organisation_id = :pool
                    and r.handled_at is null""")
                .param("at", Timestamp.from(at))
                .param("by", by)
                .param("id", reportId)
                .param("pool", poolOrganisationId)
                .update() == 1;
    }

    /** An open task of a pool, before names are added. */
    public record OpenTask(String kind, UUID id, UUID assignmentId, UUID requestId, UUID expertId,
            @Nullable String text, Instant at) {}

    /** The pool's debriefs wanted and reports not yet handled, oldest first. */
    public List<OpenTask> openTasks(UUID poolOrganisationId) {
        return jdbc.sql("""
                select 'DEBRIEF' as kind, a.id, a.id as assignment_id, a.request_id, a.expert_id, null as text,
                    a.completed_at as at
                from assignment a
                where a.pool_organisation_id = :pool and a.debrief_wanted and a.debrief_handled_at is null
                union all
                select 'MISTREATMENT', r.id, r.assignment_id, a.request_id, r.expert_id, r.text, r.created_at
                from mistreatment_report r join assignment a on a.id = r.assignment_id
                where a.pool_organisation_id = :pool and r.handled_at is null
                order by at, id""")
                .param("pool", poolOrganisationId)
                .query((rs, row) -> new OpenTask(rs.getString("kind"), rs.getObject("id", UUID.class),
                        rs.getObject("assignment_id", UUID.class), rs.getObject("request_id", UUID.class),
                        rs.getObject("expert_id", UUID.class), rs.getString("text"),
                        rs.getTimestamp("at").toInstant()))
                .list();
    }
}
