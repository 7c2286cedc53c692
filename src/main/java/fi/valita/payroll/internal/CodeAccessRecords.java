package fi.valita.payroll.internal;

import fi.valita.payroll.AccessPurpose;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The log of accesses to identity codes: only ever added to. */
@Repository
public class CodeAccessRecords {

    /** A log row as stored. */
    public record Row(UUID id, UUID organisationId, UUID accessedBy, UUID expertId, AccessPurpose purpose,
            @Nullable UUID payrollExportId, Instant accessedAt) {}

    private final JdbcClient jdbc;

    CodeAccessRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void add(UUID organisationId, UUID accessedBy, UUID expertId, AccessPurpose purpose,
            @Nullable UUID payrollExportId, Instant at) {
        jdbc.sql("""
                insert into identity_code_access (id, organisation_id, accessed_by, expert_id, purpose,
                    payroll_export_id, accessed_at)
                values (:id, :org, :by, :expert, :purpose, :export, :at)""")
                .param("id", UUID.randomUUID())
                .param("org", organisationId)
                .param("by", accessedBy)
                .param("expert", expertId)
                .param("purpose", purpose.name())
                .param("export", payrollExportId)
                .param("at", Timestamp.from(at))
                .update();
    }

    /** The organisation's rows, newest first. */
    public List<Row> ofOrganisation(UUID organisationId, int limit) {
        return jdbc.sql("""
                select * from identity_code_access where organisation_id = :org
                order by accessed_at desc, id limit :limit""")
                .param("org", organisationId)
                .param("limit", limit)
                .query(CodeAccessRecords::map)
                .list();
    }

    /** The rows about one expert's code, newest first. */
    public List<Row> ofExpert(UUID expertId, int limit) {
        return jdbc.sql("""
                select * from identity_code_access where expert_id = :expert
                order by accessed_at desc, id limit :limit""")
                .param("expert", expertId)
                .param("limit", limit)
                .query(CodeAccessRecords::map)
                .list();
    }

    private static Row map(ResultSet rs, int row) throws SQLException {
        return new Row(rs.getObject("id", UUID.class), rs.getObject("organisation_id", UUID.class),
                rs.getObject("accessed_by", UUID.class), rs.getObject("expert_id", UUID.class),
                AccessPurpose.valueOf(rs.getString("purpose")), rs.getObject("payroll_export_id", UUID.class),
                rs.getTimestamp("accessed_at").toInstant());
    }
}
