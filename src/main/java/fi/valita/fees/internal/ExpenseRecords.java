package fi.valita.fees.internal;

import fi.valita.fees.EngagementPay;
import fi.valita.fees.ExpenseLine;
import fi.valita.fees.ExpenseType;
import fi.valita.fees.FeeLine;
import fi.valita.fees.FeeLineKind;
import fi.valita.fees.FeeLineStatus;
import fi.valita.fees.ReceiptFile;
import fi.valita.shared.Money;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Fee lines with their expense details (the columns {@link FeeLine} does not carry), receipt files, and
 * the sums behind the volunteers' yearly caps.
 */
@Repository
public class ExpenseRecords {

    /** Statuses that do not count towards anything: a line the coordinator declined. */
    static final String DECLINED = "DECLINED";

    private static final String LINES = """
            select f.*, exists (select 1 from receipt_file r where r.fee_line_id = f.id) as has_receipt,
                   exists (select 1 from fee_line_change c where c.fee_line_id = f.id) as corrected
            from fee_line f""";

    private final JdbcClient jdbc;

    ExpenseRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Adds a draft line made at approval (FEE, WAGES, WORK_SHARE, KM_ALLOWANCE, TICKETS); false when the assignment
     * already has one of that kind, or for a work-share payment when the person already has one for the day.
     */
    public boolean addApprovalLine(FeeLine line, @Nullable String note, Instant at) {
        return jdbc.sql("""
                insert into fee_line (id, assignment_id, expert_id, pool_organisation_id, requester_organisation_id,
                    kind, quantity, unit_cents, total_cents, status, work_date, created_at, volunteer_work, note,
                    engagement_form)
                values (:id, :assignment, :expert, :pool, :requester, :kind, :quantity, :unit, :total, 'DRAFT',
                    :day, :at, :volunteer, :note, :form)
                on conflict do nothing""")
                .params(params(line, at))
                .param("note", note)
                .update() == 1;
    }

    /** Adds a receipt or a daily allowance as a draft for the coordinator to approve. */
    public void addExpense(FeeLine line, ExpenseType type, @Nullable String description, UUID addedBy, Instant at) {
        jdbc.sql("""
                insert into fee_line (id, assignment_id, expert_id, pool_organisation_id, requester_organisation_id,
                    kind, quantity, unit_cents, total_cents, status, work_date, created_at, volunteer_work,
                    expense_type, description, added_by, engagement_form)
                values (:id, :assignment, :expert, :pool, :requester, :kind, :quantity, :unit, :total, 'DRAFT',
                    :day, :at, :volunteer, :type, :description, :by, :form)""")
                .params(params(line, at))
                .param("type", type.name())
                .param("description", description)
                .param("by", addedBy)
                .update();
    }

    public void addReceiptFile(UUID lineId, ReceiptFile file, UUID uploadedBy, Instant at) {
        jdbc.sql("""
                insert into receipt_file (fee_line_id, content_type, size_bytes, bytes, uploaded_by, uploaded_at)
                values (:line, :type, :size, :bytes, :by, :at)""")
                .param("line", lineId)
                .param("type", file.contentType())
                .param("size", file.bytes().length)
                .param("bytes", file.bytes())
                .param("by", uploadedBy)
                .param("at", Timestamp.from(at))
                .update();
    }

    /** Every line of the assignment but the fee, in the order they were made. */
    public List<ExpenseLine> expensesOf(UUID assignmentId) {
        return jdbc.sql(LINES + " where f.assignment_id = :assignment and f.kind <> 'FEE' order by f.created_at, f.id")
                .param("assignment", assignmentId)
                .query(ExpenseRecords::map)
                .list();
    }

    /** Every line of the assignment, the fee too. */
    public List<ExpenseLine> linesOf(UUID assignmentId) {
        return jdbc.sql(LINES + " where f.assignment_id = :assignment order by f.created_at, f.id")
                .param("assignment", assignmentId)
                .query(ExpenseRecords::map)
                .list();
    }

    public Optional<ExpenseLine> line(UUID lineId, UUID assignmentId) {
        return jdbc.sql(LINES + " where f.id = :id and f.assignment_id = :assignment")
                .param("id", lineId)
                .param("assignment", assignmentId)
                .query(ExpenseRecords::map)
                .optional();
    }

    /** Removes a draft receipt or daily allowance the person added, unless a coordinator has corrected it. */
    public boolean removeDraft(UUID lineId, UUID assignmentId, UUID addedBy) {
        return jdbc.sql("""
                delete from fee_line f
                where f.id = :id and f.assignment_id = :assignment and f.added_by = :by and f.status = 'DRAFT'
                  and f.kind in ('RECEIPT', 'DAILY_ALLOWANCE')
                  and not exists (select 1 from fee_line_change c where c.fee_line_id = f.id)""")
                .param("id", lineId)
                .param("assignment", assignmentId)
                .param("by", addedBy)
                .update() == 1;
    }

    public Optional<ReceiptFile> receiptFile(UUID lineId) {
        return jdbc.sql("select content_type, bytes from receipt_file where fee_line_id = :line")
                .param("line", lineId)
                .query((rs, row) -> new ReceiptFile(rs.getString("content_type"), rs.getBytes("bytes")))
                .optional();
    }

    /** The person already has a daily allowance (not declined) for the day, from any pool. */
    public boolean hasDailyAllowance(UUID expertId, LocalDate day) {
        return jdbc.sql("""
                select exists (select 1 from fee_line where expert_id = :expert and work_date = :day
                    and kind = 'DAILY_ALLOWANCE' and status <> :declined)""")
                .param("expert", expertId)
                .param("day", day)
                .param("declined", DECLINED)
                .query(Boolean.class)
                .single();
    }

    /** A volunteer's kilometre allowances (cents) and days with a daily allowance with one pool in a year. */
    public VolunteerSums volunteerSums(UUID expertId, UUID poolOrganisationId, int year) {
        return jdbc.sql(SUMS + " and expert_id = :expert group by expert_id")
                .param("pool", poolOrganisationId)
                .param("expert", expertId)
                .param("from", LocalDate.of(year, 1, 1))
                .param("to", LocalDate.of(year, 12, 31))
                .param("declined", DECLINED)
                .query(ExpenseRecords::sums)
                .optional()
                .orElse(new VolunteerSums(expertId, 0, 0));
    }

    /** Everyone with volunteer work lines of the pool in the year, with their sums. */
    public List<VolunteerSums> volunteersOf(UUID poolOrganisationId, int year) {
        return jdbc.sql(SUMS + " group by expert_id")
                .param("pool", poolOrganisationId)
                .param("from", LocalDate.of(year, 1, 1))
                .param("to", LocalDate.of(year, 12, 31))
                .param("declined", DECLINED)
                .query(ExpenseRecords::sums)
                .list();
    }

    private static final String SUMS = """
            select expert_id,
                   coalesce(sum(total_cents) filter (where kind = 'KM_ALLOWANCE'), 0) as km_cents,
                   count(distinct work_date) filter (where kind = 'DAILY_ALLOWANCE') as days
            from fee_line
            where pool_organisation_id = :pool and volunteer_work and status <> :declined
              and work_date between :from and :to""";

    /** A volunteer's sums for the caps of one pool and year. */
    public record VolunteerSums(UUID expertId, long kmCents, long days) {}

    private static VolunteerSums sums(ResultSet rs, int row) throws SQLException {
        return new VolunteerSums(rs.getObject("expert_id", UUID.class), rs.getLong("km_cents"), rs.getLong("days"));
    }

    private static Map<String, Object> params(FeeLine line, Instant at) {
        return Map.ofEntries(
                Map.entry("id", line.id()),
                Map.entry("assignment", line.assignmentId()),
                Map.entry("expert", line.expertId()),
                Map.entry("pool", line.poolOrganisationId()),
                Map.entry("requester", line.requesterOrganisationId()),
                Map.entry("kind", line.kind().name()),
                Map.entry("quantity", line.quantity()),
                Map.entry("unit", line.unitAmount().cents()),
                Map.entry("total", line.total().cents()),
                Map.entry("day", line.workDate()),
                Map.entry("at", Timestamp.from(at)),
                Map.entry("volunteer", EngagementPay.of(line.engagementForm()).volunteerCaps()),
                Map.entry("form", line.engagementForm().name()));
    }

    private static ExpenseLine map(ResultSet rs, int row) throws SQLException {
        String type = rs.getString("expense_type");
        return new ExpenseLine(rs.getObject("id", UUID.class), rs.getObject("assignment_id", UUID.class),
                rs.getObject("expert_id", UUID.class), FeeLineKind.valueOf(rs.getString("kind")),
                type == null ? null : ExpenseType.valueOf(type), rs.getString("description"),
                Money.ofCents(rs.getLong("total_cents")), FeeLineStatus.valueOf(rs.getString("status")),
                rs.getDate("work_date").toLocalDate(), rs.getBoolean("volunteer_work"), rs.getString("note"),
                rs.getObject("added_by", UUID.class), rs.getBoolean("has_receipt"),
                rs.getBoolean("corrected"));
    }
}
