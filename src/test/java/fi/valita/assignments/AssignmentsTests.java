package fi.valita.assignments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import fi.valita.TestPools;
import fi.valita.ValitaTest;
import fi.valita.identity.CurrentUser;
import fi.valita.requests.RequestStatus;
import fi.valita.requests.WorkRequest;
import fi.valita.requests.WorkRequests;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@ValitaTest
@RecordApplicationEvents
class AssignmentsTests {

    @Autowired
    TestPools pools;

    @Autowired
    WorkRequests requests;

    @Autowired
    Brokering brokering;

    @Autowired
    Assignments assignments;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    TestBrokering given;

    @BeforeEach
    void setUp() {
        given = new TestBrokering(pools, requests, brokering);
    }

    @Test
    void anExpertWhoFallsIllDropsOutAndTheRequestGoesBackToMatching() {
        var ngo = pools.ngoPool("Ill NGO");
        WorkRequest request = given.talk(ngo, 5, 1);
        List<CurrentUser> experts = given.experts(ngo, 2);
        Assignment assignment = brokering.accept(given.offer(request, ngo, experts).getFirst().id(), experts.getFirst());

        assignments.cancel(assignment.id(), "I have the flu", experts.getFirst());

        assertThat(assignments.get(assignment.id(), ngo.coordinator()).assignment().status())
                .isEqualTo(AssignmentStatus.CANCELLED);
        assertThat(requests.byIdForProcessing(request.id()).status()).isEqualTo(RequestStatus.MATCHING);
        assertThat(events.stream(AssignmentCancelled.class)).containsExactly(new AssignmentCancelled(assignment.id(),
                request.id(), experts.getFirst().id(), CancelledBy.EXPERT, "I have the flu"));
        List<Offer> again = brokering.sendOffers(request.id(), TestBrokering.ids(experts), TestBrokering.tomorrow(),
                ngo.coordinator());
        assertThat(again).as("the reopened work may be offered again: to the one who dropped out by hand (matching "
                + "leaves them out), to the other because their offer closed unanswered when the work filled")
                .extracting(Offer::expertId).containsExactlyInAnyOrderElementsOf(TestBrokering.ids(experts));
    }

    @Test
    void aCancelledAssignmentNoLongerBlocksTheExpertsTime() {
        var ngo = pools.ngoPool("Freed NGO");
        WorkRequest first = given.talk(ngo, 8, 1);
        WorkRequest second = given.talk(ngo, 8, 1);
        Assignment held = brokering.accept(given.offer(first, ngo, ngo.expert()).id(), ngo.expert());
        Offer other = given.offer(second, ngo, ngo.expert());
        assertThatThrownBy(() -> brokering.accept(other.id(), ngo.expert())).isInstanceOf(OfferNotOpen.class);

        assignments.cancel(held.id(), "The school moved the day", ngo.requester());

        assertThat(brokering.accept(other.id(), ngo.expert()).requestId()).isEqualTo(second.id());
        assertThat(events.stream(AssignmentCancelled.class)).extracting(AssignmentCancelled::byRole)
                .containsExactly(CancelledBy.REQUESTER);
    }

    @Test
    void aCancellationNeedsAReasonAndHappensOnce() {
        var ngo = pools.ngoPool("Once NGO");
        WorkRequest request = given.talk(ngo, 5, 1);
        Assignment assignment = brokering.accept(given.offer(request, ngo, ngo.expert()).id(), ngo.expert());

        assertThatThrownBy(() -> assignments.cancel(assignment.id(), "  ", ngo.coordinator()))
                .isInstanceOf(AssignmentRefused.class);
        assignments.cancel(assignment.id(), "Double booked", ngo.coordinator());
        assertThatThrownBy(() -> assignments.cancel(assignment.id(), "again", ngo.expert()))
                .isInstanceOf(AssignmentRefused.class);
    }

    @Test
    void onlyTheExpertTheRequesterOrganisationAndThePoolsCoordinatorsSeeAnAssignment() {
        var ngo = pools.ngoPool("Seen NGO");
        var school = pools.clientOf(ngo, "Seen School");
        var otherSchool = pools.clientOf(ngo, "Unseen School");
        var stranger = pools.ngoPool("Unseen NGO");
        WorkRequest request = requests.create(fi.valita.requests.TestRequests.talkInDays(ngo.organisation().id(),
                school.organisation().id(), "091", 5), school.requester());
        Assignment assignment = brokering.accept(given.offer(request, ngo, ngo.expert()).id(), ngo.expert());

        for (CurrentUser insider : List.of(ngo.expert(), school.requester(), ngo.coordinator(), ngo.admin())) {
            assertThat(assignments.get(assignment.id(), insider).assignment().id()).isEqualTo(assignment.id());
        }
        for (CurrentUser outsider : List.of(otherSchool.requester(), stranger.coordinator(), stranger.expert(),
                ngo.requester(), given.experts(ngo, 1).getFirst())) {
            assertThatThrownBy(() -> assignments.get(assignment.id(), outsider)).isInstanceOf(AssignmentNotFound.class);
            assertThatThrownBy(() -> assignments.cancel(assignment.id(), "no", outsider))
                    .isInstanceOf(AssignmentNotFound.class);
        }
        assertThat(assignments.mine(ngo.expert())).extracting(d -> d.assignment().id()).contains(assignment.id());
        assertThat(assignments.mine(school.requester())).extracting(d -> d.assignment().id()).containsExactly(assignment.id());
        assertThat(assignments.mine(otherSchool.requester())).isEmpty();
    }

    @Test
    void aRequestCalledOffCancelsItsAssignmentsAndClosesItsOffers() {
        var ngo = pools.ngoPool("Called-off NGO");
        WorkRequest request = given.talk(ngo, 5, 2);
        List<CurrentUser> experts = given.experts(ngo, 2);
        List<Offer> offers = given.offer(request, ngo, experts);
        Assignment assignment = brokering.accept(offers.getFirst().id(), experts.getFirst());

        requests.cancel(request.id(), "The course was cancelled", ngo.requester());

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(assignments.get(assignment.id(), experts.getFirst()).assignment().status())
                    .isEqualTo(AssignmentStatus.CANCELLED);
            assertThat(brokering.offer(offers.get(1).id(), experts.get(1)).offer().status()).isEqualTo(OfferStatus.CLOSED);
        });
        assertThat(assignments.get(assignment.id(), ngo.coordinator()).assignment().cancelReason())
                .isEqualTo("The course was cancelled");
    }
}
