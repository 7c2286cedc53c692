package fi.valita.payroll.internal;

import fi.valita.payroll.PayrollExport;
import fi.valita.shared.Money;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Payroll batches and the fee lines each took. */
@Repository
public class ExportRecords {

    private final JdbcClient jdbc;

    ExportRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void add(UUID id, UUID pool, LocalDate from, LocalDate to, LocalDate paymentDate, UUID by, Instant at,
            int lineCount, Money total) {
        jdbc.sql("""
                insert into payroll_export (id, pool_organisation_id, period_from, period_to, payment_date, made_by,
                    made_at, line_count, total_cents)
                values (:id, :pool, :from, :to, :payment, :by, :at, :count, :total)""")
                .param("id", id)
                .param("pool", pool)
                .param("from", from)
                .param("to", to)
                .param("payment", paymentDate)
                .param("by", by)
                .param("at", Timestamp.from(at))
                .param("count", lineCount)
                .param("total", total.cents())
                .update();
    }

    public void addLines(UUID exportId, Collection<UUID> lineIds) {
        for (UUID line : lineIds) {
            jdbc.sql("insert into payroll_export_line (payroll_export_id, fee_line_id) values (:export, :line)")
                    .param("export", exportId)
                    .param("line", line)
                    .update();
        }
    }

    public void markPaid(UUID id, LocalDate paidOn, UUID by, Instant at) {
        jdbc.sql("""
                update payroll_export set paid_on = :paid, marked_paid_by = :by, marked_paid_at = :at
                where id = :id""")
                .param("paid", paidOn)
                .param("by", by)
                .param("at", Timestamp.from(at))
                .param("id", id)
                .update();
    }

    /** The batch if it is the pool's, locked for a change when asked. */
    public Optional<PayrollExport> ofPool(UUID id, UUID pool, boolean forUpdate) {
        return jdbc.sql("select * from payroll_export where id = :id and pool_organisation_id = :pool"
                        + (forUpdate ? " for update" : ""))
                .param("id", id)
                .param("pool", pool)
                .query(ExportRecords::map)
                .optional();
    }

    public List<PayrollExport> ofPool(UUID pool, int limit) {
        return jdbc.sql("select * from payroll_export where pool_organisation_id = :pool "
                        + "order by made_at desc, id limit :limit")
                .param("pool", pool)
                .param("limit", limit)
                .query(ExportRecords::map)
                .list();
    }

    public List<UUID> lineIds(UUID exportId) {
        return jdbc.sql("select fee_line_id from payroll_export_line where payroll_export_id = :export")
                .param("export", exportId)
                .query(UUID.class)
                .list();
    }

    /** The batch each of the lines went out in, with its payment date. */
    public Map<UUID, PayrollExport> byLine(UUID pool, Collection<UUID> lineIds) {
        if (lineIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, UUID> exportOfLine = jdbc.sql("""
                select l.fee_line_id, l.payroll_export_id from payroll_export_line l
                join payroll_export e on e.id = l.payroll_export_id
                where e.pool_organisation_id = :pool and l.fee_line_id in (:lines)""")
                .param("pool", pool)
                .param("lines", List.copyOf(lineIds))
                .query((rs, row) -> Map.entry(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        Map<UUID, PayrollExport> exports = exportOfLine.values().stream().distinct()
                .map(id -> ofPool(id, pool, false).orElseThrow())
                .collect(Collectors.toMap(PayrollExport::id, e -> e));
        return exportOfLine.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> exports.get(e.getValue())));
    }

    private static PayrollExport map(ResultSet rs, int row) throws SQLException {
        java.sql.Date paid = rs.getDate("paid_on");
        return new PayrollExport(rs.getObject("id", UUID.class), rs.getObject("pool_organisation_id", UUID.class),
                rs.getDate("period_from").toLocalDate(), rs.getDate("period_to").toLocalDate(),
                rs.getDate("payment_date").toLocalDate(), rs.getObject("made_by", UUID.class),
                rs.getTimestamp("made_at").toInstant(), rs.getInt("line_count"),
                Money.ofCents(rs.getLong("total_cents")), paid == null ? null : paid.toLocalDate());
    }
}
