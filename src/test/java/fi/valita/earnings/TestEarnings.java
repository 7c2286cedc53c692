package fi.valita.earnings;

import fi.valita.TestPools;
import fi.valita.assignments.AfterWork;
import fi.valita.assignments.Brokering;
import fi.valita.experts.TaskType;
import fi.valita.fees.ApprovedWork;
import fi.valita.fees.FeeLine;
import fi.valita.fees.FeeLineKind;
import fi.valita.fees.FeeLineStatus;
import fi.valita.fees.FeeLines;
import fi.valita.requests.FeeBasis;
import fi.valita.requests.WorkRequests;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An expert's paid work in the database: approved work of this week (fee lines made by the fees module),
 * approved by the coordinator, and, where a test needs another month or a later status, moved there. A plain
 * class built from the shared context's beans.
 */
public final class TestEarnings {

    private final ApprovedWork work;
    private final FeeLines feeLines;
    private final JdbcClient jdbc;

    public TestEarnings(WorkRequests requests, Brokering brokering, AfterWork afterWork, FeeLines feeLines, JdbcClient jdbc) {
        this.work = new ApprovedWork(requests, brokering, afterWork);
        this.feeLines = feeLines;
        this.jdbc = jdbc;
    }

    /** Work of this week with an agreed fee and tickets, reported and confirmed: draft lines FEE and TICKETS. */
    public List<FeeLine> feeAndTickets(TestPools.Pool pool, long feeCents, long ticketCents) {
        UUID assignment = work.approve(pool, TaskType.TEACHING, FeeBasis.AGREED_SUM, feeCents, "2", 0, ticketCents);
        return feeLines.ofAssignment(assignment, pool.coordinator());
    }

    /** The same, approved by the pool's coordinator. */
    public List<FeeLine> approvedFeeAndTickets(TestPools.Pool pool, long feeCents, long ticketCents) {
        return feeAndTickets(pool, feeCents, ticketCents).stream()
                .map(line -> feeLines.approve(line.id(), pool.coordinator()))
                .toList();
    }

    /** Moves a line to another status (as payroll would) and work day, e.g. to make an earlier month. */
    public void move(FeeLine line, FeeLineStatus status, LocalDate workDate) {
        jdbc.sql("update fee_line set status = :status, work_date = :day where id = :id")
                .param("status", status.name())
                .param("day", workDate)
                .param("id", line.id())
                .update();
    }

    public static FeeLine of(List<FeeLine> lines, FeeLineKind kind) {
        return lines.stream().filter(l -> l.kind() == kind).findFirst().orElseThrow();
    }
}
