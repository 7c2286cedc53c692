package fi.valita.fees.internal;

import fi.valita.experts.EngagementForm;
import fi.valita.fees.AttendanceEntry;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The hours of each piece of work done as work activity, one row per assignment. */
@Repository
public class AttendanceRecords {

    private final JdbcClient jdbc;

    AttendanceRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the work's hours on its day, once per assignment. */
    public void add(UUID assignmentId, UUID expertId, UUID poolOrganisationId, EngagementForm form, LocalDate day,
            BigDecimal hours, Instant at) {
        jdbc.sql("""
                insert into attendance_day (assignment_id, expert_id, pool_organisation_id, engagement_form, work_date,
                    hours, created_at)
                values (:assignment, :expert, :pool, :form, :day, :hours, :at)
                on conflict (assignment_id) do nothing""")
                .param("assignment", assignmentId)
                .param("expert", expertId)
                .param("pool", poolOrganisationId)
                .param("form", form.name())
                .param("day", day)
                .param("hours", hours)
                .param("at", Timestamp.from(at))
                .update();
    }

    /** The pool's entries of one form in the period (both ends included), by person and day. */
    public List<AttendanceEntry> ofPool(UUID poolOrganisationId, EngagementForm form, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select * from attendance_day
                where pool_organisation_id = :pool and engagement_form = :form and work_date between :from and :to
                order by expert_id, work_date, assignment_id""")
                .param("pool", poolOrganisationId)
                .param("form", form.name())
                .param("from", from)
                .param("to", to)
                .query(AttendanceRecords::map)
                .list();
    }

    /** One person's entries of any form and pool in the period. */
    public List<AttendanceEntry> ofExpert(UUID expertId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select * from attendance_day where expert_id = :expert and work_date between :from and :to
                order by work_date, assignment_id""")
                .param("expert", expertId)
                .param("from", from)
                .param("to", to)
                .query(AttendanceRecords::map)
                .list();
    }

    private static AttendanceEntry map(ResultSet rs, int row) throws SQLException {
        return new AttendanceEntry(rs.getObject("assignment_id", UUID.class), rs.getObject("expert_id", UUID.class),
                rs.getObject("pool_organisation_id", UUID.class),
                EngagementForm.valueOf(rs.getString("engagement_form")), rs.getDate("work_date").toLocalDate(),
                rs.getBigDecimal("hours"));
    }
}
