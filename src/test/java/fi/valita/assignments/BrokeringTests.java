package fi.valita.assignments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.valita.TestPools;
import fi.valita.ValitaTest;
import fi.valita.identity.CurrentUser;
import fi.valita.requests.RequestNotFound;
import fi.valita.requests.RequestStatus;
import fi.valita.requests.WorkRequest;
import fi.valita.requests.WorkRequests;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@ValitaTest
class BrokeringTests {

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

    @Test
    void sendingOffersMovesTheRequestToOfferedAndTheExpertSeesThem() {
        var ngo = pools.ngoPool("Offer NGO");
        WorkRequest request = given.talk(ngo, 5, 1);

        Offer offer = given.offer(request, ngo, ngo.expert());

        assertThat(requests.byIdForProcessing(request.id()).status()).isEqualTo(RequestStatus.OFFERED);
        assertThat(brokering.openOffersOf(ngo.expert())).extracting(d -> d.offer().id()).containsExactly(offer.id());
        assertThat(brokering.offersOf(request.id(), ngo.coordinator())).extracting(l -> l.offer().expertId())
                .containsExactly(ngo.expert().id());
    }

    @Test
    void anExpertOfferedBeforeIsSkippedWhenOffersAreSentAgain() {
        var ngo = pools.ngoPool("Again NGO");
        WorkRequest request = given.talk(ngo, 5, 1);
        List<CurrentUser> experts = given.experts(ngo, 2);
        given.offer(request, ngo, experts.getFirst());

        List<Offer> second = brokering.sendOffers(request.id(), TestBrokering.ids(experts), TestBrokering.tomorrow(),
                ngo.coordinator());

        assertThat(second).extracting(Offer::expertId).containsExactly(experts.get(1).id());
        assertThat(brokering.offersOf(request.id(), ngo.coordinator())).hasSize(2);
    }

    @Test
    void offersNeedExpertsOfThePoolAndADeadlineInTheFutureBeforeTheWorkStarts() {
        var ngo = pools.ngoPool("Rules NGO");
        var other = pools.ngoPool("Elsewhere NGO");
        WorkRequest request = given.talk(ngo, 5, 1);
        List<UUID> mine = List.of(ngo.expert().id());

        assertRefused(() -> brokering.sendOffers(request.id(), List.of(), TestBrokering.tomorrow(), ngo.coordinator()),
                "assignments.error.no-experts");
        assertRefused(() -> brokering.sendOffers(request.id(), List.of(other.expert().id()), TestBrokering.tomorrow(),
                ngo.coordinator()), "assignments.error.not-in-pool");
        assertRefused(() -> brokering.sendOffers(request.id(), mine, Instant.now().minusSeconds(60), ngo.coordinator()),
                "assignments.error.respond-by-past");
        assertRefused(() -> brokering.sendOffers(request.id(), mine, Instant.now().plus(9, ChronoUnit.DAYS),
                ngo.coordinator()), "assignments.error.respond-by-after-start");
        assertThat(requests.byIdForProcessing(request.id()).status()).isEqualTo(RequestStatus.NEW);
    }

    @Test
    void aCancelledRequestCannotBeOffered() {
        var ngo = pools.ngoPool("Called-off NGO");
        WorkRequest request = given.talk(ngo, 5, 1);
        requests.cancel(request.id(), "No longer needed", ngo.requester());

        assertRefused(() -> given.offer(request, ngo, ngo.expert()), "assignments.error.request-not-open");
    }

    @Test
    void anotherPoolsCoordinatorAndTheRequesterCannotSendOffers() {
        var ngo = pools.ngoPool("Own NGO");
        var stranger = pools.ngoPool("Stranger NGO");
        WorkRequest request = given.talk(ngo, 5, 1);
        List<UUID> experts = List.of(ngo.expert().id());

        assertThatThrownBy(() -> brokering.sendOffers(request.id(), experts, TestBrokering.tomorrow(), stranger.coordinator()))
                .isInstanceOf(RequestNotFound.class);
        assertThatThrownBy(() -> brokering.sendOffers(request.id(), experts, TestBrokering.tomorrow(), ngo.requester()))
                .isInstanceOf(RequestNotFound.class);
        assertThatThrownBy(() -> brokering.offersOf(request.id(), stranger.coordinator()))
                .isInstanceOf(RequestNotFound.class);
    }

    @Test
    void anExpertCannotAnswerOrSeeSomeoneElsesOffer() {
        var ngo = pools.ngoPool("Others NGO");
        WorkRequest request = given.talk(ngo, 5, 1);
        List<CurrentUser> experts = given.experts(ngo, 2);
        Offer forFirst = given.offer(request, ngo, experts).getFirst();
        CurrentUser second = experts.get(1);

        assertThatThrownBy(() -> brokering.accept(forFirst.id(), second)).isInstanceOf(OfferNotFound.class);
        assertThatThrownBy(() -> brokering.decline(forFirst.id(), null, second)).isInstanceOf(OfferNotFound.class);
        assertThatThrownBy(() -> brokering.offer(forFirst.id(), second)).isInstanceOf(OfferNotFound.class);
        assertThatThrownBy(() -> brokering.accept(forFirst.id(), ngo.coordinator())).isInstanceOf(OfferNotFound.class);
        assertThat(status(forFirst)).isEqualTo("OPEN");
    }

    @Test
    void acceptingFillsTheRequestClosesTheOtherOffersAndLaterAcceptsHearItIsFilled() {
        var ngo = pools.ngoPool("Fill NGO");
        WorkRequest request = given.talk(ngo, 5, 1);
        List<CurrentUser> experts = given.experts(ngo, 3);
        List<Offer> offers = given.offer(request, ngo, experts);

        Assignment assignment = brokering.accept(offers.getFirst().id(), experts.getFirst());

        assertThat(assignment.startsAt()).isEqualTo(request.startsAt());
        assertThat(requests.byIdForProcessing(request.id()).status()).isEqualTo(RequestStatus.FILLED);
        assertThat(offers).extracting(this::status).containsExactly("ACCEPTED", "CLOSED", "CLOSED");
        assertThat(brokering.openOffersOf(experts.get(1))).isEmpty();
        assertThatThrownBy(() -> brokering.accept(offers.get(1).id(), experts.get(1)))
                .isInstanceOfSatisfying(OfferNotOpen.class, e -> assertThat(e.reason()).isEqualTo(OfferNotOpen.Reason.FILLED));
        assertThat(brokering.accept(offers.getFirst().id(), experts.getFirst()).id())
                .as("pressing Accept twice gives the same assignment").isEqualTo(assignment.id());
    }

    @Test
    void aDeclineChangesNothingForTheOthersUntilTheLastOneDeclines() {
        var ngo = pools.ngoPool("Decline NGO");
        WorkRequest request = given.talk(ngo, 5, 1);
        List<CurrentUser> experts = given.experts(ngo, 2);
        List<Offer> offers = given.offer(request, ngo, experts);

        brokering.decline(offers.getFirst().id(), "  I am away that week ", experts.getFirst());

        assertThat(offers).extracting(this::status).containsExactly("DECLINED", "OPEN");
        assertThat(requests.byIdForProcessing(request.id()).status()).isEqualTo(RequestStatus.OFFERED);
        assertThat(brokering.offersOf(request.id(), ngo.coordinator()))
                .filteredOn(line -> line.offer().id().equals(offers.getFirst().id()))
                .singleElement().extracting(line -> line.offer().declineReason()).isEqualTo("I am away that week");
        assertThatThrownBy(() -> brokering.accept(offers.getFirst().id(), experts.getFirst()))
                .isInstanceOfSatisfying(OfferNotOpen.class, e -> assertThat(e.reason()).isEqualTo(OfferNotOpen.Reason.CLOSED));

        brokering.decline(offers.get(1).id(), null, experts.get(1));

        assertThat(requests.byIdForProcessing(request.id()).status())
                .as("nobody left to answer: back to the coordinator").isEqualTo(RequestStatus.MATCHING);
    }

    @Test
    void anOfferPastItsDeadlineCannotBeAcceptedEvenBeforeTheJobClosesIt() {
        var ngo = pools.ngoPool("Late NGO");
        WorkRequest request = given.talk(ngo, 5, 1);
        Offer offer = given.offer(request, ngo, ngo.expert());
        passDeadline(offer);

        assertThatThrownBy(() -> brokering.accept(offer.id(), ngo.expert()))
                .isInstanceOfSatisfying(OfferNotOpen.class, e -> assertThat(e.reason()).isEqualTo(OfferNotOpen.Reason.EXPIRED));
        assertThat(brokering.openOffersOf(ngo.expert())).isEmpty();
        assertThat(status(offer)).isEqualTo("OPEN");

        assertThat(brokering.closeExpiredOffers()).isGreaterThanOrEqualTo(1);

        assertThat(status(offer)).isEqualTo("EXPIRED");
        assertThat(requests.byIdForProcessing(request.id()).status()).isEqualTo(RequestStatus.MATCHING);
    }

    @Test
    void expiryClosesOnlyTheLateOffers() {
        var ngo = pools.ngoPool("Partly late NGO");
        WorkRequest request = given.talk(ngo, 5, 1);
        List<Offer> offers = given.offer(request, ngo, given.experts(ngo, 2));
        passDeadline(offers.getFirst());

        brokering.closeExpiredOffers();

        assertThat(offers).extracting(this::status).containsExactly("EXPIRED", "OPEN");
        assertThat(requests.byIdForProcessing(request.id()).status()).isEqualTo(RequestStatus.OFFERED);
    }

    private void passDeadline(Offer offer) {
        jdbc.sql("update offer set respond_by = now() - interval '1 minute' where id = :id").param("id", offer.id()).update();
    }

    private String status(Offer offer) {
        return jdbc.sql("select status from offer where id = :id").param("id", offer.id()).query(String.class).single();
    }

    private static void assertRefused(Runnable sending, String key) {
        assertThatThrownBy(sending::run).isInstanceOfSatisfying(OffersRefused.class,
                e -> assertThat(e.messageKey()).isEqualTo(key));
    }
}
