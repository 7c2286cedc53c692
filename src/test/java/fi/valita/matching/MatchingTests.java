package fi.valita.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.valita.TestPools;
import fi.valita.ValitaTest;
import fi.valita.experts.ExpertPool;
import fi.valita.requests.RequestNotFound;
import fi.valita.requests.WorkRequest;
import fi.valita.requests.WorkRequests;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/** The facade on the real database: workloads, declines and the pool boundary. */
@ValitaTest
class MatchingTests {

    @Autowired
    Matching matching;

    @Autowired
    TestPools pools;

    @Autowired
    ExpertPool pool;

    @Autowired
    WorkRequests requests;

    @Autowired
    JdbcClient jdbc;

    private TestExperts experts;

    @BeforeEach
    void setUp() {
        experts = new TestExperts(pools, pool, requests, jdbc);
    }

    @Test
    void decliningAnOfferNeverLowersTheRank() {
        var ngo = pools.ngoPool("Declining NGO");
        var aino = experts.storytellerInRovaniemi(ngo, "Aino");
        var bertta = experts.storytellerInRovaniemi(ngo, "Bertta");
        WorkRequest talk = experts.talkInRovaniemi(ngo);
        Ranking before = matching.candidates(talk.id(), ngo.coordinator());

        experts.declinedOffer(ngo, aino);
        experts.declinedOffer(ngo, bertta);
        experts.declinedOffer(ngo, aino);

        assertThat(matching.candidates(talk.id(), ngo.coordinator()).candidates()).isEqualTo(before.candidates());
    }

    @Test
    void recentAssignmentsLowerTheRankButCancelledOnesDoNot() {
        var ngo = pools.ngoPool("Rotation NGO");
        var busy = experts.storytellerInRovaniemi(ngo, "Busy");
        var rested = experts.storytellerInRovaniemi(ngo, "Rested");
        var cancelled = experts.storytellerInRovaniemi(ngo, "Cancelled");
        experts.pastAssignment(ngo, busy);
        var start = java.time.Instant.now().minus(20, java.time.temporal.ChronoUnit.DAYS);
        experts.assignment(ngo, cancelled, start, start.plusSeconds(3600), "CANCELLED");
        WorkRequest talk = experts.talkInRovaniemi(ngo);

        List<Candidate> ranked = matching.candidates(talk.id(), ngo.coordinator()).candidates();

        assertThat(ranked).extracting(Candidate::displayName).last().isEqualTo("Busy");
        assertThat(ranked.getLast().reasons()).contains(new Reason("matching.reason.recent", List.of(1)));
        assertThat(ranked).filteredOn(c -> c.expertId().equals(cancelled.id())).singleElement()
                .extracting(Candidate::score).isEqualTo(ranked.stream()
                        .filter(c -> c.expertId().equals(rested.id())).findFirst().orElseThrow().score());
    }

    @Test
    void poolWeightsDecideTheOrder() {
        var ngo = pools.ngoPool("Weighted NGO");
        var busy = experts.storytellerInRovaniemi(ngo, "Busy");
        experts.storytellerInRovaniemi(ngo, "Rested");
        experts.pastAssignment(ngo, busy);
        WorkRequest talk = experts.talkInRovaniemi(ngo);
        settings.change(new MatchingWeights(40, 25, 15, 0, 10), ngo.coordinator());

        List<Candidate> ranked = matching.candidates(talk.id(), ngo.coordinator()).candidates();

        assertThat(ranked).extracting(Candidate::score).containsOnly(ranked.getFirst().score());
    }

    @Autowired
    MatchingSettings settings;

    @Test
    void onlyTheRequestsOwnPoolsCoordinatorsGetCandidates() {
        var ngo = pools.ngoPool("Boundary NGO");
        WorkRequest talk = experts.talkInRovaniemi(ngo);

        assertThatThrownBy(() -> matching.candidates(talk.id(), pools.ngoPool("Foreign NGO").coordinator()))
                .isInstanceOf(RequestNotFound.class);
        assertThatThrownBy(() -> matching.candidates(talk.id(), ngo.requester())).isInstanceOf(AccessDeniedException.class);
        assertThat(matching.candidates(talk.id(), ngo.admin()).request().id()).isEqualTo(talk.id());
    }
}
