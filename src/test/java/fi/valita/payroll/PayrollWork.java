package fi.valita.payroll;

import fi.valita.TestPools;
import fi.valita.TestPools.Pool;
import fi.valita.assignments.AfterWork;
import fi.valita.assignments.Brokering;
import fi.valita.experts.TaskType;
import fi.valita.fees.ApprovedWork;
import fi.valita.fees.FeeLine;
import fi.valita.fees.FeeLines;
import fi.valita.identity.CurrentUser;
import fi.valita.identity.Role;
import fi.valita.requests.FeeBasis;
import fi.valita.requests.WorkRequests;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Payroll test data: experts of a pool with approved fee lines (a fee by agreed sum, kilometres and
 * tickets), their artificial identity codes (individual numbers 900–999) and the payroll permission.
 */
public final class PayrollWork {

    /** A valid Finnish example IBAN. */
    public static final String IBAN = "FI2112345600000785";

    private final TestPools pools;
    private final ApprovedWork work;
    private final FeeLines feeLines;
    private final PayrollPermissions permissions;
    private final PaymentDetails details;
    private final JdbcClient jdbc;
    private int individual = 900;

    public PayrollWork(TestPools pools, WorkRequests requests, Brokering brokering, AfterWork afterWork,
            FeeLines feeLines, PayrollPermissions permissions, PaymentDetails details, JdbcClient jdbc) {
        this.pools = pools;
        this.work = new ApprovedWork(requests, brokering, afterWork);
        this.feeLines = feeLines;
        this.permissions = permissions;
        this.details = details;
        this.jdbc = jdbc;
    }

    /** Another expert in the pool. */
    public CurrentUser expert(Pool pool, String name) {
        return pools.person(pool.organisation().id(), Role.EXPERT, name);
    }

    /** The expert's work of today: a fee of the agreed sum, 10 km and tickets of 5,80 €, all approved. */
    public List<FeeLine> approvedWork(Pool pool, CurrentUser expert, long feeCents) {
        List<FeeLine> drafts = draftWork(pool, expert, feeCents);
        return drafts.stream().map(line -> feeLines.approve(line.id(), pool.coordinator())).toList();
    }

    /** The same work, left as drafts. */
    public List<FeeLine> draftWork(Pool pool, CurrentUser expert, long feeCents) {
        var asExpert = new Pool(pool.organisation(), pool.admin(), pool.coordinator(), expert, pool.requester());
        UUID assignment = work.approve(asExpert, TaskType.TEACHING, FeeBasis.AGREED_SUM, feeCents, "2", 10, 580L);
        return feeLines.ofAssignment(assignment, pool.coordinator());
    }

    /** Moves a line's work date, e.g. out of the period a test asks for. */
    public void moveWorkDate(FeeLine line, LocalDate day) {
        jdbc.sql("update fee_line set work_date = :day where id = :id").param("day", day).param("id", line.id())
                .update();
    }

    /** The expert saves a new artificial identity code and the example IBAN; returns the code. */
    public PersonalIdentityCode detailsOf(CurrentUser expert) {
        var code = PersonalIdentityCode.artificial(LocalDate.of(1980, 1, 15).plusDays(individual), individual++);
        details.save(expert, null, code, Iban.parse(IBAN).orElseThrow());
        return code;
    }

    /** The pool's admin gives the payroll permission to its coordinator. */
    public Pool withPermission(Pool pool) {
        permissions.grant(pool.coordinator().id(), pool.admin());
        return pool;
    }

    public static LocalDate today() {
        return LocalDate.now(ApprovedWork.HELSINKI);
    }

    public static PayrollPeriod today(LocalDate paymentDate) {
        return new PayrollPeriod(today(), today(), paymentDate);
    }
}
