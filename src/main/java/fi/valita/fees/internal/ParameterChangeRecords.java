package fi.valita.fees.internal;

import fi.valita.fees.ParameterChange;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The parameter change log; rows are only added. */
@Repository
public class ParameterChangeRecords {

    private final JdbcClient jdbc;

    ParameterChangeRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void add(ParameterChange change) {
        jdbc.sql("""
                insert into parameter_change (id, table_name, row_id, key, organisation_id, action, old_value,
                    new_value, reason, changed_by, changed_at)
                values (:id, :table, :row, :key, :org, :action, :old, :new, :reason, :by, :at)""")
                .param("id", change.id())
                .param("table", change.table().name())
                .param("row", change.rowId())
                .param("key", change.key())
                .param("org", change.organisationId())
                .param("action", change.action().name())
                .param("old", change.oldValue())
                .param("new", change.newValue())
                .param("reason", change.reason())
                .param("by", change.changedBy())
                .param("at", Timestamp.from(change.changedAt()))
                .update();
    }

    /** The national rows' changes and the organisation's own, newest first. */
    public List<ParameterChange> ofTable(ParameterChange.Table table, UUID organisationId, int limit) {
        return jdbc.sql("""
                select * from parameter_change
                where table_name = :table and (organisation_id is null or organisation_id = :org)
                order by changed_at desc, id limit :limit""")
                .param("table", table.name())
                .param("org", organisationId)
                .param("limit", limit)
                .query(ParameterChangeRecords::map)
                .list();
    }

    private static ParameterChange map(ResultSet rs, int row) throws SQLException {
        return new ParameterChange(rs.getObject("id", UUID.class),
                ParameterChange.Table.valueOf(rs.getString("table_name")), rs.getObject("row_id", UUID.class),
                rs.getString("key"), rs.getObject("organisation_id", UUID.class),
                ParameterChange.Action.valueOf(rs.getString("action")), rs.getString("old_value"),
                rs.getString("new_value"), rs.getString("reason"), rs.getObject("changed_by", UUID.class), "",
                rs.getTimestamp("changed_at").toInstant());
    }
}
