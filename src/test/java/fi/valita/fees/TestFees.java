package fi.valita.fees;

import fi.valita.TestPools;
import fi.valita.TestPools.Pool;
import fi.valita.assignments.AfterWork;
import fi.valita.assignments.Brokering;
import fi.valita.experts.TaskType;
import fi.valita.requests.FeeBasis;
import fi.valita.requests.WorkRequests;
import fi.valita.shared.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Pools paying 20 € an hour, and approved work of this week with its draft fee lines, for the fee pages' tests. */
public final class TestFees {

    private final TestPools pools;
    private final Rates rates;
    private final FeeLines feeLines;
    private final ApprovedWork work;

    public TestFees(TestPools pools, Rates rates, FeeLines feeLines, WorkRequests requests, Brokering brokering,
            AfterWork afterWork) {
        this.pools = pools;
        this.rates = rates;
        this.feeLines = feeLines;
        this.work = new ApprovedWork(requests, brokering, afterWork);
    }

    /**
     * The work of one assignment and its lines: the fee (2 h × 20 €), the kilometre allowance (12 km) and tickets
     * (5,80 €), all drafts.
     */
    public record Worked(Pool pool, UUID assignment, List<FeeLine> lines) {

        public FeeLine fee() {
            return line(FeeLineKind.FEE);
        }

        public FeeLine line(FeeLineKind kind) {
            return lines.stream().filter(l -> l.kind() == kind).findFirst().orElseThrow();
        }
    }

    /** A new pool with the rate 20 € an hour, and one approved assignment in it. */
    public Worked hourlyWork(String poolName) {
        Pool pool = pools.ngoPool(poolName);
        rates.add(RateKind.PER_HOUR, null, Money.parse("20,00"), 0, 0,
                LocalDate.now(ApprovedWork.HELSINKI).minusYears(1), null, pool.coordinator());
        return moreWork(pool);
    }

    /** Another approved assignment of the pool's expert: 2 h, 12 km and 5,80 € of tickets. */
    public Worked moreWork(Pool pool) {
        UUID assignment = work.approve(pool, TaskType.TEACHING, FeeBasis.ORGANISATION_RATE, null, "2", 12, 580L);
        return new Worked(pool, assignment, feeLines.ofAssignment(assignment, pool.coordinator()));
    }
}
