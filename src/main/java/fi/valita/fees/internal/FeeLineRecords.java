package fi.valita.fees.internal;

import fi.valita.experts.EngagementForm;
import fi.valita.fees.FeeLine;
import fi.valita.fees.FeeLineChange;
import fi.valita.fees.FeeLineKind;
import fi.valita.fees.FeeLineFilter;
import fi.valita.fees.FeeLineRevision;
import fi.valita.fees.FeeLineStatus;
import fi.valita.shared.Money;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Fee lines and the history of their corrections. */
@Repository
public class FeeLineRecords {

    private final JdbcClient jdbc;

    FeeLineRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The line if it belongs to the pool organisation, locked for a change. */
    public Optional<FeeLine> ofPoolForUpdate(UUID id, UUID poolOrganisationId) {
        return jdbc.sql("select * from fee_line where id = :id and pool_organisation_id = :pool for update")
                .param("id", id)
                .param("pool", poolOrganisationId)
                .query(FeeLineRecords::map)
                .optional();
    }

    /** The line if it belongs to the pool organisation. */
    public Optional<FeeLine> ofPool(UUID id, UUID poolOrganisationId) {
        return jdbc.sql("select * from fee_line where id = :id and pool_organisation_id = :pool")
                .param("id", id)
                .param("pool", poolOrganisationId)
                .query(FeeLineRecords::map)
                .optional();
    }

    /** The line with its version if it belongs to the pool organisation; locked for a change when asked. */
    public Optional<FeeLineRevision> revision(UUID id, UUID poolOrganisationId, boolean lock) {
        return jdbc.sql("select * from fee_line where id = :id and pool_organisation_id = :pool"
                        + (lock ? " for update" : ""))
                .param("id", id)
                .param("pool", poolOrganisationId)
                .query(FeeLineRecords::mapRevision)
                .optional();
    }

    /** The pool's lines among the ids, locked in a fixed order so that two reviewers never deadlock. */
    public List<FeeLineRevision> lockAll(Collection<UUID> ids, UUID poolOrganisationId) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select * from fee_line where id in (:ids) and pool_organisation_id = :pool order by id for update""")
                .param("ids", ids)
                .param("pool", poolOrganisationId)
                .query(FeeLineRecords::mapRevision)
                .list();
    }

    /** The pool's lines by the filter, by work date, assignment and kind. */
    public List<FeeLineRevision> revisions(FeeLineFilter filter, UUID poolOrganisationId) {
        StringBuilder sql = new StringBuilder("""
                select * from fee_line
                where pool_organisation_id = :pool and work_date between :from and :to""");
        var params = new java.util.HashMap<String, Object>();
        params.put("pool", poolOrganisationId);
        params.put("from", filter.from());
        params.put("to", filter.to());
        if (!filter.statuses().isEmpty()) {
            sql.append(" and status in (:statuses)");
            params.put("statuses", filter.statuses().stream().map(Enum::name).toList());
        }
        if (filter.expertId() != null) {
            sql.append(" and expert_id = :expert");
            params.put("expert", filter.expertId());
        }
        if (filter.requesterOrganisationId() != null) {
            sql.append(" and requester_organisation_id = :requester");
            params.put("requester", filter.requesterOrganisationId());
        }
        sql.append(" order by work_date, assignment_id, kind, id");
        return jdbc.sql(sql.toString()).params(params).query(FeeLineRecords::mapRevision).list();
    }

    /** The expert's own lines of an assignment, by kind. */
    public List<FeeLine> ofExpert(UUID assignmentId, UUID expertId) {
        return jdbc.sql("select * from fee_line where assignment_id = :assignment and expert_id = :expert order by kind")
                .param("assignment", assignmentId)
                .param("expert", expertId)
                .query(FeeLineRecords::map)
                .list();
    }

    /** The line if it is the expert's own, locked for a change. */
    public Optional<FeeLine> ofExpertForUpdate(UUID id, UUID expertId) {
        return jdbc.sql("select * from fee_line where id = :id and expert_id = :expert for update")
                .param("id", id)
                .param("expert", expertId)
                .query(FeeLineRecords::map)
                .optional();
    }

    public void decline(UUID id, Instant at) {
        jdbc.sql("update fee_line set status = 'DECLINED', declined_at = :at, version = version + 1 where id = :id")
                .param("at", Timestamp.from(at))
                .param("id", id)
                .update();
    }

    public List<FeeLine> ofAssignment(UUID assignmentId, UUID poolOrganisationId) {
        return jdbc.sql("""
                select * from fee_line where assignment_id = :assignment and pool_organisation_id = :pool
                order by kind""")
                .param("assignment", assignmentId)
                .param("pool", poolOrganisationId)
                .query(FeeLineRecords::map)
                .list();
    }

    public void approve(UUID id, UUID by, Instant at) {
        jdbc.sql("""
                update fee_line set status = 'APPROVED', approved_by = :by, approved_at = :at, version = version + 1
                where id = :id""")
                .param("by", by)
                .param("at", Timestamp.from(at))
                .param("id", id)
                .update();
    }

    public void correct(UUID id, Money oldTotal, Money newTotal, String reason, UUID by, Instant at) {
        jdbc.sql("update fee_line set total_cents = :total, version = version + 1 where id = :id")
                .param("total", newTotal.cents())
                .param("id", id)
                .update();
        jdbc.sql("""
                insert into fee_line_change (id, fee_line_id, old_cents, new_cents, reason, changed_by, changed_at)
                values (:id, :line, :old, :new, :reason, :by, :at)""")
                .param("id", UUID.randomUUID())
                .param("line", id)
                .param("old", oldTotal.cents())
                .param("new", newTotal.cents())
                .param("reason", reason)
                .param("by", by)
                .param("at", Timestamp.from(at))
                .update();
    }

    public List<FeeLineChange> changes(UUID lineId) {
        return jdbc.sql("select * from fee_line_change where fee_line_id = :line order by changed_at, id")
                .param("line", lineId)
                .query((rs, row) -> new FeeLineChange(rs.getObject("id", UUID.class),
                        rs.getObject("fee_line_id", UUID.class), Money.ofCents(rs.getLong("old_cents")),
                        Money.ofCents(rs.getLong("new_cents")), rs.getString("reason"),
                        rs.getObject("changed_by", UUID.class), rs.getTimestamp("changed_at").toInstant()))
                .list();
    }

    /** Reads a fee_line row with its version and approval. */
    public static FeeLineRevision mapRevision(ResultSet rs, int row) throws SQLException {
        Timestamp approvedAt = rs.getTimestamp("approved_at");
        Timestamp declinedAt = rs.getTimestamp("declined_at");
        return new FeeLineRevision(map(rs, row), rs.getInt("version"), rs.getObject("approved_by", UUID.class),
                approvedAt == null ? null : approvedAt.toInstant(), declinedAt == null ? null : declinedAt.toInstant());
    }

    /** Reads a fee_line row. */
    public static FeeLine map(ResultSet rs, int row) throws SQLException {
        return new FeeLine(rs.getObject("id", UUID.class), rs.getObject("assignment_id", UUID.class),
                rs.getObject("expert_id", UUID.class), rs.getObject("pool_organisation_id", UUID.class),
                rs.getObject("requester_organisation_id", UUID.class), FeeLineKind.valueOf(rs.getString("kind")),
                rs.getBigDecimal("quantity"), Money.ofCents(rs.getLong("unit_cents")),
                Money.ofCents(rs.getLong("total_cents")), FeeLineStatus.valueOf(rs.getString("status")),
                rs.getDate("work_date").toLocalDate(), EngagementForm.valueOf(rs.getString("engagement_form")));
    }
}
