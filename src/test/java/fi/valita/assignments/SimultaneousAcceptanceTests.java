package fi.valita.assignments;

import static org.assertj.core.api.Assertions.assertThat;

import fi.valita.TestPools;
import fi.valita.ValitaTest;
import fi.valita.identity.CurrentUser;
import fi.valita.requests.RequestStatus;
import fi.valita.requests.WorkRequest;
import fi.valita.requests.WorkRequests;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Many experts pressing "Accept" at the same moment: exactly as many win as the request needs, the
 * others hear it is already filled, and no expert ever holds two overlapping assignments.
 */
@ValitaTest
class SimultaneousAcceptanceTests {

    @Autowired
    TestPools pools;

    @Autowired
    WorkRequests requests;

    @Autowired
    Brokering brokering;

    @Autowired
    JdbcClient jdbc;

    TestBrokering given;

    @BeforeEach
    void setUp() {
        given = new TestBrokering(pools, requests, brokering);
    }

    @RepeatedTest(3)
    void twelveExpertsAcceptingASingleSlotAtOnceLeaveExactlyOneAssignmentAndElevenFilledAnswers() throws Exception {
        var ngo = pools.ngoPool("Rush NGO");
        WorkRequest request = given.talk(ngo, 5, 1);
        List<CurrentUser> experts = given.experts(ngo, 12);
        List<Offer> offers = given.offer(request, ngo, experts);

        List<String> outcomes = allAtOnce(experts, offers);

        assertThat(outcomes).filteredOn("ACCEPTED"::equals).hasSize(1);
        assertThat(outcomes).filteredOn("FILLED"::equals).hasSize(11);
        assertThat(activeAssignments(request.id())).isEqualTo(1);
        assertThat(requests.byIdForProcessing(request.id()).status()).isEqualTo(RequestStatus.FILLED);
        assertThat(offerStatuses(request.id())).containsExactlyInAnyOrder(
                "ACCEPTED", "CLOSED", "CLOSED", "CLOSED", "CLOSED", "CLOSED", "CLOSED", "CLOSED", "CLOSED", "CLOSED",
                "CLOSED", "CLOSED");
    }

    @RepeatedTest(2)
    void twelveExpertsAcceptingATwoSlotRequestAtOnceLeaveExactlyTwoAssignments() throws Exception {
        var ngo = pools.ngoPool("Pair NGO");
        WorkRequest request = given.talk(ngo, 5, 2);
        List<CurrentUser> experts = given.experts(ngo, 12);
        List<Offer> offers = given.offer(request, ngo, experts);

        List<String> outcomes = allAtOnce(experts, offers);

        assertThat(outcomes).filteredOn("ACCEPTED"::equals).hasSize(2);
        assertThat(outcomes).filteredOn("FILLED"::equals).hasSize(10);
        assertThat(activeAssignments(request.id())).isEqualTo(2);
        assertThat(requests.byIdForProcessing(request.id()).status()).isEqualTo(RequestStatus.FILLED);
    }

    @RepeatedTest(5)
    void anExpertAcceptingTwoOverlappingRequestsAtOnceGetsOneAndHearsTheOtherClashes() throws Exception {
        var ngo = pools.ngoPool("Clash NGO");
        WorkRequest morning = given.talk(ngo, 6, 1);
        WorkRequest sameMorning = given.talk(ngo, 6, 1);
        CurrentUser expert = ngo.expert();
        Offer first = given.offer(morning, ngo, expert);
        Offer second = given.offer(sameMorning, ngo, expert);

        List<String> outcomes = allAtOnce(List.of(expert, expert), List.of(first, second));

        assertThat(outcomes).containsExactlyInAnyOrder("ACCEPTED", "CLASHES");
        assertThat(overlappingPairs(expert.id())).isZero();
        assertThat(activeAssignments(morning.id()) + activeAssignments(sameMorning.id())).isEqualTo(1);
    }

    @Test
    void theDatabaseItselfRefusesASecondOverlappingAssignment() {
        var ngo = pools.ngoPool("Constraint NGO");
        WorkRequest first = given.talk(ngo, 7, 1);
        WorkRequest second = given.talk(ngo, 7, 1);
        brokering.accept(given.offer(first, ngo, ngo.expert()).id(), ngo.expert());
        Offer other = given.offer(second, ngo, ngo.expert());

        List<String> outcome = allAtOnce(List.of(ngo.expert()), List.of(other));

        assertThat(outcome).containsExactly("CLASHES");
        assertThat(jdbc.sql("select status from offer where id = :id").param("id", other.id()).query(String.class).single())
                .as("the refused offer stays open: the expert may still cancel the other work and take this")
                .isEqualTo("OPEN");
    }

    /** Each expert accepts their offer; all start together behind one gate. */
    private static List<String> allAtOnce(List<CurrentUser> experts, List<Offer> offers, Brokering brokering) {
        var gate = new CountDownLatch(1);
        List<Future<String>> futures = new ArrayList<>();
        try (ExecutorService threads = Executors.newFixedThreadPool(experts.size())) {
            for (int i = 0; i < experts.size(); i++) {
                CurrentUser expert = experts.get(i);
                UUID offerId = offers.get(i).id();
                futures.add(threads.submit(() -> {
                    gate.await(10, TimeUnit.SECONDS);
                    try {
                        brokering.accept(offerId, expert);
                        return "ACCEPTED";
                    } catch (OfferNotOpen e) {
                        return e.reason().name();
                    }
                }));
            }
            gate.countDown();
        }
        List<String> outcomes = new ArrayList<>();
        for (Future<String> f : futures) {
            try {
                outcomes.add(f.get());
            } catch (Exception e) {
                throw new AssertionError("An acceptance failed unexpectedly", e);
            }
        }
        return outcomes;
    }

    private List<String> allAtOnce(List<CurrentUser> experts, List<Offer> offers) {
        return allAtOnce(experts, offers, brokering);
    }

    private int activeAssignments(UUID requestId) {
        return jdbc.sql("select count(*) from assignment where request_id = :r and status <> 'CANCELLED'")
                .param("r", requestId).query(Integer.class).single();
    }

    private List<String> offerStatuses(UUID requestId) {
        return jdbc.sql("select status from offer where request_id = :r").param("r", requestId).query(String.class).list();
    }

    private int overlappingPairs(UUID expertId) {
        return jdbc.sql("""
                select count(*) from assignment a join assignment b
                    on a.expert_id = b.expert_id and a.id < b.id and a.during && b.during
                where a.expert_id = :e and a.status <> 'CANCELLED' and b.status <> 'CANCELLED'""")
                .param("e", expertId).query(Integer.class).single();
    }
}
