package fi.valita.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import fi.valita.TestPools;
import fi.valita.ValitaTest;
import fi.valita.assignments.Assignment;
import fi.valita.assignments.Assignments;
import fi.valita.assignments.Brokering;
import fi.valita.assignments.Offer;
import fi.valita.experts.ExpertPool;
import fi.valita.identity.CurrentUser;
import fi.valita.requests.NewWorkRequest;
import fi.valita.requests.RequestStatus;
import fi.valita.requests.TestRequests;
import fi.valita.requests.WorkRequest;
import fi.valita.requests.WorkRequests;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * An expert who falls ill and cancels: the request reopens, the ranking leaves them out of that request
 * (the coordinator may still offer it to them by hand), and the others can be offered the work again.
 */
@ValitaTest
class CancelledWorkMatchingTests {

    @Autowired
    Matching matching;

    @Autowired
    Brokering brokering;

    @Autowired
    Assignments assignments;

    @Autowired
    TestPools pools;

    @Autowired
    ExpertPool pool;

    @Autowired
    WorkRequests requests;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvcTester mvc;

    private TestExperts experts;

    @BeforeEach
    void setUp() {
        experts = new TestExperts(pools, pool, requests, jdbc);
    }

    @Test
    void anExpertWhoCancelledIsLeftOutOfThatRequestButMayBeOfferedItByHand() {
        var ngo = pools.ngoPool("Flu NGO");
        var ill = experts.storytellerInRovaniemi(ngo, "Ill Iida");
        var other = experts.storytellerInRovaniemi(ngo, "Other Olli");
        WorkRequest talk = experts.talkInRovaniemi(ngo);
        List<Offer> offers = offer(talk, ngo, ill, other);
        Assignment taken = brokering.accept(offers.getFirst().id(), ill);

        assignments.cancel(taken.id(), "I have the flu", ill);

        assertThat(requests.byIdForProcessing(talk.id()).status()).isEqualTo(RequestStatus.MATCHING);
        Ranking ranking = matching.candidates(talk.id(), ngo.coordinator());
        assertThat(ranking.candidates()).extracting(Candidate::expertId).containsExactly(other.id());
        NotProposed left = ranking.notProposed().stream().filter(n -> n.expertId().equals(ill.id())).findFirst().orElseThrow();
        assertThat(left.pickableByHand()).isTrue();
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Helsinki"));
        assertThat(left.why()).containsExactly(new Reason("matching.excluded.cancelled-by-expert", List.of(today)));
        assertThat(mvc.get().uri("/coordinator/requests/{id}/candidates", talk.id()).with(user(ngo.coordinator())))
                .hasStatusOk().body().asString()
                .contains("Perui tämän työn " + today.format(DateTimeFormatter.ofPattern("d.M.yyyy")),
                        "name=\"expertIds\" value=\"" + ill.id() + "\"");

        List<Offer> again = offer(talk, ngo, ill, other);
        assertThat(again).as("both may be offered the reopened work: one by hand, one whose offer closed when it filled")
                .extracting(Offer::expertId).containsExactly(ill.id(), other.id());
        assertThat(brokering.accept(again.getFirst().id(), ill).requestId()).isEqualTo(talk.id());
    }

    @Test
    void theExpertsOtherAnswersToTheRequestKeepThemOutFirmly() {
        var ngo = pools.ngoPool("Answers NGO");
        var declining = experts.storytellerInRovaniemi(ngo, "Declining Dora");
        var waiting = experts.storytellerInRovaniemi(ngo, "Waiting Ville");
        var working = experts.storytellerInRovaniemi(ngo, "Working Wilma");
        var fresh = experts.storytellerInRovaniemi(ngo, "Fresh Fanni");
        WorkRequest window = requests.create(windowOfDays(ngo), ngo.requester());
        List<Offer> offers = offer(window, ngo, declining, waiting, working);
        brokering.decline(offers.getFirst().id(), "Ei kiitos", declining);
        brokering.accept(offers.get(2).id(), working);

        Ranking ranking = matching.candidates(window.id(), ngo.coordinator());

        assertThat(ranking.candidates()).extracting(Candidate::expertId).containsExactly(fresh.id());
        var answered = ranking.notProposed().stream().filter(n -> !n.expertId().equals(ngo.expert().id())).toList();
        assertThat(answered).allMatch(n -> !n.pickableByHand());
        assertThat(answered).extracting(n -> n.why().getFirst().code()).containsExactlyInAnyOrder(
                "matching.excluded.declined", "matching.excluded.offer-waiting", "matching.excluded.has-this-work");
        assertThat(brokering.sendOffers(window.id(), List.of(declining.id(), waiting.id(), working.id()),
                Instant.now().plus(1, ChronoUnit.DAYS), ngo.coordinator())).as("none of them is offered twice").isEmpty();
    }

    @Test
    void aCancellationDoesNotCountAgainstTheExpertForOtherWork() {
        var ngo = pools.ngoPool("Fair NGO");
        var ill = experts.storytellerInRovaniemi(ngo, "Ill Iida");
        var rested = experts.storytellerInRovaniemi(ngo, "Rested Riikka");
        WorkRequest first = experts.talkInRovaniemi(ngo);
        assignments.cancel(brokering.accept(offer(first, ngo, ill).getFirst().id(), ill).id(), "Sairastuin", ill);

        Ranking next = matching.candidates(experts.talkInRovaniemi(ngo).id(), ngo.coordinator());

        assertThat(next.candidates()).extracting(Candidate::score).containsOnly(next.candidates().getFirst().score());
        assertThat(next.candidates()).extracting(Candidate::expertId).containsExactlyInAnyOrder(ill.id(), rested.id());
    }

    /** A talk on any day of a window, so that an expert's own assignment in it does not show as a booking. */
    private static NewWorkRequest windowOfDays(TestPools.Pool ngo) {
        NewWorkRequest r = TestRequests.talkInDays(ngo.organisation().id(), ngo.organisation().id(), "698", 10);
        LocalDate from = LocalDate.now().plusDays(10);
        return new NewWorkRequest(r.poolOrganisationId(), r.requesterOrganisationId(), null, r.title(), null,
                r.taskType(), List.of(), r.areasRule(), r.targetGroup(), r.audienceSize(), r.language(), null, null, from,
                from.plusDays(5), false, r.municipalityCode(), r.address(), null, 2, r.feeBasis(), null, r.contactName(),
                null, null, null);
    }

    private List<Offer> offer(WorkRequest request, TestPools.Pool ngo, CurrentUser... to) {
        List<UUID> ids = java.util.Arrays.stream(to).map(CurrentUser::id).toList();
        List<Offer> sent = brokering.sendOffers(request.id(), ids, Instant.now().plus(1, ChronoUnit.DAYS), ngo.coordinator());
        return ids.stream().flatMap(id -> sent.stream().filter(o -> o.expertId().equals(id))).toList();
    }
}
