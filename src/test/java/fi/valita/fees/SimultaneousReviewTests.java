package fi.valita.fees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.valita.TestPools;
import fi.valita.ValitaTest;
import fi.valita.assignments.AfterWork;
import fi.valita.assignments.Brokering;
import fi.valita.identity.CurrentUser;
import fi.valita.identity.Role;
import fi.valita.requests.WorkRequests;
import fi.valita.shared.Money;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Two coordinators reviewing the same line at the same moment, each from the page as they saw it: one
 * change applies, the other is told someone else changed the line; never both, never a change on top of
 * one its author did not see.
 */
@ValitaTest
class SimultaneousReviewTests {

    @Autowired
    TestPools pools;

    @Autowired
    Rates rates;

    @Autowired
    FeeLines feeLines;

    @Autowired
    WorkRequests requests;

    @Autowired
    Brokering brokering;

    @Autowired
    AfterWork afterWork;

    TestFees fees;

    @BeforeEach
    void setUp() {
        fees = new TestFees(pools, rates, feeLines, requests, brokering, afterWork);
    }

    @RepeatedTest(3)
    void twoCorrectionsOfTheSameLineAtOnceApplyOnlyOnce() throws Exception {
        var work = fees.hourlyWork("Simultaneous correction NGO");
        CurrentUser anna = work.pool().coordinator();
        CurrentUser bert = secondCoordinator(work);
        var line = work.fee().id();
        int seen = feeLines.revision(line, anna).version();

        List<String> outcomes = atOnce(
                () -> feeLines.correct(line, seen, 5_000, "Preparation agreed", anna),
                () -> feeLines.correct(line, seen, 6_000, "Travel time agreed", bert));

        assertThat(outcomes).containsExactlyInAnyOrder("DONE", "fees.line.changedMeanwhile");
        List<FeeLineChange> history = feeLines.history(line, anna);
        assertThat(history).singleElement().satisfies(change -> {
            assertThat(change.oldTotal()).isEqualTo(Money.parse("40"));
            assertThat(feeLines.revision(line, anna).line().total()).isEqualTo(change.newTotal());
        });
    }

    @RepeatedTest(3)
    void twoApprovalsOfTheSameLineAtOnceApproveItOnce() throws Exception {
        var work = fees.hourlyWork("Simultaneous approval NGO");
        CurrentUser anna = work.pool().coordinator();
        CurrentUser bert = secondCoordinator(work);
        var line = work.fee().id();
        int seen = feeLines.revision(line, anna).version();

        List<String> outcomes = atOnce(() -> feeLines.approve(line, seen, anna), () -> feeLines.approve(line, seen, bert));

        assertThat(outcomes).containsExactlyInAnyOrder("DONE", "fees.line.notDraft");
        assertThat(feeLines.revision(line, anna).version()).as("changed once").isEqualTo(seen + 1);
    }

    @RepeatedTest(3)
    void approvingAllShownWhileAnotherCorrectsOneOfThemLetsOnlyOneOfThemThrough() throws Exception {
        var work = fees.hourlyWork("Simultaneous approve-all NGO");
        CurrentUser anna = work.pool().coordinator();
        CurrentUser bert = secondCoordinator(work);
        Map<java.util.UUID, Integer> shown = feeLines.ofAssignment(work.assignment(), anna).stream()
                .collect(Collectors.toMap(FeeLine::id, l -> feeLines.revision(l.id(), anna).version()));
        var fee = work.fee().id();

        List<String> outcomes = atOnce(() -> feeLines.approveAll(shown, anna),
                () -> feeLines.correct(fee, shown.get(fee), 9_900, "Long day", bert));

        assertThat(outcomes).containsOnlyOnce("DONE");
        var statuses = feeLines.ofAssignment(work.assignment(), anna).stream().map(FeeLine::status).distinct().toList();
        if (outcomes.getFirst().equals("DONE")) {
            assertThat(statuses).containsExactly(FeeLineStatus.APPROVED);
            assertThat(feeLines.history(fee, anna)).isEmpty();
        } else {
            assertThat(statuses).as("nothing approved").containsExactly(FeeLineStatus.DRAFT);
            assertThat(feeLines.history(fee, anna)).hasSize(1);
        }
    }

    @Test
    void aChangeMadeOnAnOldViewOfTheLineIsRefused() {
        var work = fees.hourlyWork("Stale view NGO");
        CurrentUser anna = work.pool().coordinator();
        var line = work.fee().id();
        int seen = feeLines.revision(line, anna).version();
        feeLines.correct(line, seen, 4_500, "Half an hour more", anna);

        assertThatThrownBy(() -> feeLines.approve(line, seen, anna))
                .isInstanceOf(FeeLineRefused.class).extracting("messageKey").isEqualTo("fees.line.changedMeanwhile");
        assertThatThrownBy(() -> feeLines.correct(line, seen, 3_000, "Less", anna))
                .isInstanceOf(FeeLineRefused.class).extracting("messageKey").isEqualTo("fees.line.changedMeanwhile");
        assertThatThrownBy(() -> feeLines.approveAll(Map.of(line, seen), anna))
                .isInstanceOf(FeeLineRefused.class);
        assertThat(feeLines.revision(line, anna).line())
                .extracting(FeeLine::status, FeeLine::total).containsExactly(FeeLineStatus.DRAFT, Money.parse("45"));
    }

    private CurrentUser secondCoordinator(TestFees.Worked work) {
        return pools.person(work.pool().organisation().id(), Role.COORDINATOR, "Second coordinator");
    }

    /** Runs both at the same moment; each answers DONE or the message key of its refusal. */
    private static List<String> atOnce(Callable<?> first, Callable<?> second) throws Exception {
        var start = new CyclicBarrier(2);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> answers = threads.invokeAll(List.of(attempt(first, start), attempt(second, start)),
                    30, TimeUnit.SECONDS);
            List<String> outcomes = new java.util.ArrayList<>();
            for (Future<String> answer : answers) {
                outcomes.add(answer.get());
            }
            return outcomes;
        } finally {
            threads.shutdownNow();
        }
    }

    private static Callable<String> attempt(Callable<?> change, CyclicBarrier start) {
        return () -> {
            start.await(10, TimeUnit.SECONDS);
            try {
                change.call();
                return "DONE";
            } catch (FeeLineRefused refused) {
                return refused.messageKey();
            }
        };
    }
}
