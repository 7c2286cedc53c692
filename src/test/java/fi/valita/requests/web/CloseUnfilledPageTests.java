package fi.valita.requests.web;

import static fi.valita.access.PagePolicy.roles;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import fi.valita.TestPools;
import fi.valita.ValitaTest;
import fi.valita.access.PagePolicy;
import fi.valita.access.PagePolicy.Outcome;
import fi.valita.access.PagePolicy.Page;
import fi.valita.assignments.Brokering;
import fi.valita.assignments.Offer;
import fi.valita.assignments.OfferStatus;
import fi.valita.identity.CurrentUser;
import fi.valita.requests.RequestStatus;
import fi.valita.requests.TestRequests;
import fi.valita.requests.WorkRequest;
import fi.valita.requests.WorkRequests;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Closing a request as unfilled asks first: the button opens a page that says what happens, and only that
 * page's confirming button closes the request, its open offers with it.
 */
@ValitaTest
class CloseUnfilledPageTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestPools pools;

    @Autowired
    WorkRequests requests;

    @Autowired
    Brokering brokering;

    @Test
    void nobodyFoundOpensAConfirmationThatSaysWhatHappensAndClosesNothing() {
        var ngo = pools.ngoPool("Unfilled ask NGO");
        WorkRequest request = request(ngo);
        Offer offer = offer(ngo, request);
        String page = "/coordinator/requests/" + request.id();

        assertThat(mvc.get().uri(page).with(user(ngo.coordinator())).header("Accept-Language", "fi")).hasStatusOk()
                .bodyText().contains("href=\"" + page + "/unfilled\"").doesNotContain("action=\"" + page + "/unfilled\"");
        assertThat(mvc.get().uri(page + "/unfilled").with(user(ngo.coordinator())).header("Accept-Language", "fi"))
                .hasStatusOk().bodyText().contains("Suljetaanko tilaus täyttämättömänä?", request.title(),
                        "Vielä avoimet työtarjoukset suljetaan", "Tilaajalle kerrotaan", "Jo sovitut työt pysyvät",
                        "Kyllä, sulje täyttämättömänä", "name=\"confirm\" value=\"yes\"", "Ei, pidä avoinna");

        assertStillOpen(ngo, request, offer);
    }

    @Test
    void aPostWithoutTheConfirmationShowsTheQuestionAgainAndClosesNothing() {
        var ngo = pools.ngoPool("Unfilled tap NGO");
        WorkRequest request = request(ngo);
        Offer offer = offer(ngo, request);

        assertThat(mvc.post().uri("/coordinator/requests/{id}/unfilled", request.id()).with(user(ngo.coordinator()))
                .with(csrf()).header("Accept-Language", "en")).hasStatusOk().bodyText()
                .contains("Close the request as unfilled?", "Yes, close as unfilled");
        assertThat(mvc.post().uri("/coordinator/requests/{id}/unfilled", request.id()).with(user(ngo.coordinator()))
                .with(csrf()).param("confirm", "no")).hasStatusOk();

        assertStillOpen(ngo, request, offer);
    }

    @Test
    void theConfirmingPostClosesTheRequestAndItsOpenOffers() {
        var ngo = pools.ngoPool("Unfilled yes NGO");
        WorkRequest request = request(ngo);
        Offer offer = offer(ngo, request);
        String page = "/coordinator/requests/" + request.id();

        assertThat(mvc.post().uri(page + "/unfilled").with(user(ngo.coordinator())).with(csrf()).param("confirm", "yes"))
                .hasRedirectedUrl(page).flash().containsEntry("unfilled", true);

        assertThat(requests.get(request.id(), ngo.coordinator()).status()).isEqualTo(RequestStatus.UNFILLED);
        assertThat(brokering.offer(offer.id(), ngo.expert()).offer().status()).isEqualTo(OfferStatus.CLOSED);
        assertThat(mvc.get().uri(page + "/unfilled").with(user(ngo.coordinator()))).hasRedirectedUrl(page);
        assertThat(mvc.post().uri(page + "/unfilled").with(user(ngo.coordinator())).with(csrf()).param("confirm", "yes"))
                .hasRedirectedUrl(page);
        assertThat(requests.get(request.id(), ngo.coordinator()).status()).isEqualTo(RequestStatus.UNFILLED);
    }

    @Test
    void onlyThePoolsCoordinatorsMayAskOrCloseAndAnotherPoolClosesNothing() {
        var a = pools.ngoPool("Unfilled guard A");
        var b = pools.ngoPool("Unfilled guard B");
        WorkRequest request = request(a);
        Offer offer = offer(a, request);
        String path = "/coordinator/requests/" + request.id() + "/unfilled";
        var coordinators = roles(Outcome.OK, Outcome.OK, Outcome.FORBIDDEN, Outcome.FORBIDDEN);
        var otherPool = roles(Outcome.NOT_FOUND, Outcome.NOT_FOUND, Outcome.FORBIDDEN, Outcome.FORBIDDEN);

        PagePolicy.assertPolicy(mvc, List.of(new Page(path, coordinators, otherPool)), a, b);
        PagePolicy.assertSignInRequired(mvc, List.of(new Page(path, coordinators, otherPool)));
        for (CurrentUser stranger : List.of(b.coordinator(), b.admin())) {
            assertThat(mvc.post().uri(path).with(user(stranger)).with(csrf()).param("confirm", "yes")).hasStatus(404);
        }
        for (CurrentUser notCoordinator : List.of(a.expert(), a.requester())) {
            assertThat(mvc.post().uri(path).with(user(notCoordinator)).with(csrf()).param("confirm", "yes"))
                    .hasStatus(403);
        }
        assertThat(mvc.post().uri(path).with(user(a.coordinator())).param("confirm", "yes")).hasStatus(403);

        assertStillOpen(a, request, offer);
    }

    private void assertStillOpen(TestPools.Pool ngo, WorkRequest request, Offer offer) {
        assertThat(requests.get(request.id(), ngo.coordinator()).status()).isEqualTo(RequestStatus.OFFERED);
        assertThat(brokering.offer(offer.id(), ngo.expert()).offer().status()).isEqualTo(OfferStatus.OPEN);
    }

    private WorkRequest request(TestPools.Pool ngo) {
        return requests.create(TestRequests.talkInDays(ngo.organisation().id(), ngo.organisation().id(), "091", 6),
                ngo.requester());
    }

    private Offer offer(TestPools.Pool ngo, WorkRequest request) {
        return brokering.sendOffers(request.id(), List.of(ngo.expert().id()), Instant.now().plus(1, ChronoUnit.DAYS),
                ngo.coordinator()).getFirst();
    }
}
