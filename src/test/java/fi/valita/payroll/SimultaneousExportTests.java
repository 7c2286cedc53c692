package fi.valita.payroll;

import static org.assertj.core.api.Assertions.assertThat;

import fi.valita.TestPools;
import fi.valita.ValitaTest;
import fi.valita.assignments.AfterWork;
import fi.valita.assignments.Brokering;
import fi.valita.fees.FeeLine;
import fi.valita.fees.FeeLines;
import fi.valita.identity.CurrentUser;
import fi.valita.identity.Role;
import fi.valita.requests.WorkRequests;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Two coordinators make the same period's export at the same moment: each line goes out once. */
@ValitaTest
class SimultaneousExportTests {

    @Autowired
    TestPools pools;

    @Autowired
    WorkRequests requests;

    @Autowired
    Brokering brokering;

    @Autowired
    AfterWork afterWork;

    @Autowired
    FeeLines feeLines;

    @Autowired
    PayrollPermissions permissions;

    @Autowired
    PaymentDetails details;

    @Autowired
    Payroll payroll;

    @Autowired
    JdbcClient jdbc;

    @Test
    void twoCoordinatorsClickingAtOnceNeverExportALineTwice() throws Exception {
        var work = new PayrollWork(pools, requests, brokering, afterWork, feeLines, permissions, details, jdbc);
        for (int round = 0; round < 3; round++) {
            var pool = work.withPermission(pools.ngoPool("Payroll race NGO"));
            CurrentUser second = pools.person(pool.organisation().id(), Role.COORDINATOR, "Second Coordinator");
            permissions.grant(second.id(), pool.admin());
            List<FeeLine> approved = new ArrayList<>(work.approvedWork(pool, pool.expert(), 10_000));
            approved.addAll(work.approvedWork(pool, work.expert(pool, "Other Expert"), 20_000));

            List<Set<UUID>> taken = race(List.of(pool.coordinator(), second));

            Set<UUID> both = new HashSet<>(taken.get(0));
            both.retainAll(taken.get(1));
            assertThat(both).as("lines in both batches").isEmpty();
            Set<UUID> all = new HashSet<>(taken.get(0));
            all.addAll(taken.get(1));
            assertThat(all).containsExactlyInAnyOrderElementsOf(approved.stream().map(FeeLine::id).toList());
            assertThat(jdbc.sql("""
                    select count(*) from payroll_export_line l join payroll_export e on e.id = l.payroll_export_id
                    where e.pool_organisation_id = :pool""").param("pool", pool.organisation().id())
                    .query(Integer.class).single()).isEqualTo(approved.size());
        }
    }

    /** The lines each coordinator's export took; none when theirs found nothing left. */
    private List<Set<UUID>> race(List<CurrentUser> coordinators) throws Exception {
        var start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(coordinators.size());
        try {
            List<Future<Set<UUID>>> results = new ArrayList<>();
            for (CurrentUser coordinator : coordinators) {
                results.add(threads.submit(() -> {
                    start.await();
                    try {
                        PayrollExport made = payroll.makeExport(coordinator, PayrollWork.today(PayrollWork.today()));
                        return Set.copyOf(jdbc.sql(
                                "select fee_line_id from payroll_export_line where payroll_export_id = :id")
                                .param("id", made.id()).query(UUID.class).list());
                    } catch (PayrollRefused nothingLeft) {
                        return Set.<UUID>of();
                    }
                }));
            }
            start.countDown();
            List<Set<UUID>> taken = new ArrayList<>();
            for (var result : results) {
                taken.add(result.get(30, TimeUnit.SECONDS));
            }
            return taken;
        } finally {
            threads.shutdownNow();
        }
    }
}
