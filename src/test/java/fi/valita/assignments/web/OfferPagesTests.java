package fi.valita.assignments.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import fi.valita.TestPools;
import fi.valita.ValitaTest;
import fi.valita.assignments.Brokering;
import fi.valita.assignments.Offer;
import fi.valita.identity.CurrentUser;
import fi.valita.identity.Role;
import fi.valita.requests.RequestStatus;
import fi.valita.requests.TestRequests;
import fi.valita.requests.WorkRequest;
import fi.valita.requests.WorkRequests;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The coordinator sends offers; the expert reads and answers them on a phone. */
@ValitaTest
class OfferPagesTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestPools pools;

    @Autowired
    WorkRequests requests;

    @Autowired
    Brokering brokering;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theCoordinatorSendsOffersFromTheCandidatesPageAndSeesThemListed() {
        var ngo = pools.ngoPool("Send NGO");
        WorkRequest request = talk(ngo);
        CurrentUser second = pools.person(ngo.organisation().id(), Role.EXPERT, "Bertil Berg");

        assertThat(mvc.post().uri("/coordinator/requests/{id}/offers", request.id()).with(user(ngo.coordinator())).header("Accept-Language", "en").with(csrf())
                .param("expertIds", ngo.expert().id().toString(), second.id().toString())
                .param("respondBy", inHelsinki(Instant.now().plus(2, ChronoUnit.DAYS))))
                .hasStatus3xxRedirection().hasRedirectedUrl("/coordinator/requests/" + request.id() + "/offers")
                .flash().containsEntry("sentCount", 2);

        assertThat(requests.byIdForProcessing(request.id()).status()).isEqualTo(RequestStatus.OFFERED);
        assertThat(mvc.get().uri("/coordinator/requests/{id}/offers", request.id()).with(user(ngo.coordinator())).header("Accept-Language", "en"))
                .hasStatusOk().bodyText().contains("Bertil Berg", "Waiting for an answer", "Offers sent", request.title());
    }

    @Test
    void offersWithoutExpertsOrWithAPastOrUnreadableDeadlineAreNotSent() {
        var ngo = pools.ngoPool("Unsent NGO");
        WorkRequest request = talk(ngo);
        String expert = ngo.expert().id().toString();
        String tomorrow = inHelsinki(Instant.now().plus(1, ChronoUnit.DAYS));

        assertNotSent(request, ngo, List.of(), tomorrow, "Choose at least one expert.");
        assertNotSent(request, ngo, List.of(expert), inHelsinki(Instant.now().minus(1, ChronoUnit.HOURS)),
                "The answer deadline must be in the future.");
        assertNotSent(request, ngo, List.of(expert), "", "Give a deadline for the answers.");
        assertNotSent(request, ngo, List.of(expert), "tomorrow at noon", "could not be read");
        assertNotSent(request, ngo, List.of("not-a-uuid"), tomorrow, "could not be read");
        assertThat(brokering.offersOf(request.id(), ngo.coordinator())).isEmpty();
    }

    @Test
    void anotherPoolsCoordinatorCannotSendOrSeeOffersAndOthersAreTurnedAway() {
        var ngo = pools.ngoPool("Guarded NGO");
        var stranger = pools.ngoPool("Outside NGO");
        WorkRequest request = talk(ngo);

        assertThat(mvc.post().uri("/coordinator/requests/{id}/offers", request.id()).with(user(stranger.coordinator())).header("Accept-Language", "en")
                .with(csrf()).param("expertIds", ngo.expert().id().toString())
                .param("respondBy", inHelsinki(Instant.now().plus(1, ChronoUnit.DAYS)))).hasStatus(404);
        assertThat(mvc.get().uri("/coordinator/requests/{id}/offers", request.id()).with(user(stranger.coordinator())).header("Accept-Language", "en"))
                .hasStatus(404);
        assertThat(mvc.post().uri("/coordinator/requests/{id}/offers", request.id()).with(user(ngo.expert())).header("Accept-Language", "en").with(csrf())
                .param("expertIds", ngo.expert().id().toString())).hasStatus(403);
        assertThat(mvc.get().uri("/coordinator/requests/{id}/offers", request.id()).with(user(ngo.requester())).header("Accept-Language", "en"))
                .hasStatus(403);
        assertThat(brokering.offersOf(request.id(), ngo.coordinator())).isEmpty();
    }

    @Test
    void theExpertSeesWhatWhereWhenWhoAndPayInTheirLanguage() {
        var ngo = pools.ngoPool("Card NGO");
        WorkRequest request = talk(ngo);
        offer(request, ngo, ngo.expert());

        assertThat(mvc.get().uri("/offers").with(user(ngo.expert())).header("Accept-Language", "en")).hasStatusOk().bodyText()
                .contains(request.title(), "Telling my story to a large audience", "Helsinki", "Jokiväylä 11",
                        ngo.organisation().name(), "Paid work: the usual fee of your organisation", "Please answer by");
        assertThat(mvc.get().uri("/offers?lang=sv").with(user(ngo.expert())).header("Accept-Language", "en")).hasStatusOk().bodyText()
                .contains("Helsingfors", "Svara senast", "Avlönat arbete");
        assertThat(mvc.get().uri("/offers?lang=fi").with(user(ngo.expert())).header("Accept-Language", "en")).hasStatusOk().bodyText()
                .contains("Työtarjoukset", "Vastaathan viimeistään", "klo");
        assertThat(mvc.get().uri("/offers").with(user(ngo.coordinator())).header("Accept-Language", "en")).hasStatus(403);
        assertThat(mvc.get().uri("/offers").with(user(ngo.requester())).header("Accept-Language", "en")).hasStatus(403);
    }

    @Test
    void theExpertAcceptsAndIsToldTheAssignmentIsTheirs() {
        var ngo = pools.ngoPool("Accept NGO");
        WorkRequest request = talk(ngo);
        Offer offer = offer(request, ngo, ngo.expert());

        assertThat(mvc.get().uri("/offers/{id}", offer.id()).with(user(ngo.expert())).header("Accept-Language", "en")).hasStatusOk().bodyText()
                .contains("Yes, I will take it", "No, thank you");
        assertThat(mvc.post().uri("/offers/{id}/accept", offer.id()).with(user(ngo.expert())).header("Accept-Language", "en").with(csrf()))
                .hasRedirectedUrl("/offers/" + offer.id()).flash().containsEntry("outcome", "ACCEPTED");

        assertThat(mvc.get().uri("/offers/{id}", offer.id()).with(user(ngo.expert())).header("Accept-Language", "en")).hasStatusOk().bodyText()
                .contains("You have the assignment", "See your assignment").doesNotContain("Yes, I will take it");
        assertThat(requests.byIdForProcessing(request.id()).status()).isEqualTo(RequestStatus.FILLED);
    }

    @Test
    void aLateExpertHearsTheWorkIsAlreadyFilled() {
        var ngo = pools.ngoPool("Late NGO");
        WorkRequest request = talk(ngo);
        CurrentUser late = pools.person(ngo.organisation().id(), Role.EXPERT, "Late");
        Offer first = offer(request, ngo, ngo.expert());
        Offer second = brokering.sendOffers(request.id(), List.of(late.id()), Instant.now().plus(1, ChronoUnit.DAYS),
                ngo.coordinator()).getFirst();
        brokering.accept(first.id(), ngo.expert());

        assertThat(mvc.post().uri("/offers/{id}/accept", second.id()).with(user(late)).header("Accept-Language", "en").with(csrf()))
                .hasRedirectedUrl("/offers/" + second.id()).flash().containsEntry("outcome", "FILLED");
        assertThat(mvc.get().uri("/offers/{id}", second.id()).with(user(late)).header("Accept-Language", "en").flashAttr("outcome", "FILLED"))
                .hasStatusOk().bodyText().contains("this work is already filled").doesNotContain("Yes, I will take it");
    }

    @Test
    void anExpertWithAnotherAssignmentAtThatTimeIsToldSo() {
        var ngo = pools.ngoPool("Busy NGO");
        Offer held = offer(talk(ngo), ngo, ngo.expert());
        brokering.accept(held.id(), ngo.expert());
        Offer clashing = offer(talk(ngo), ngo, ngo.expert());

        assertThat(mvc.post().uri("/offers/{id}/accept", clashing.id()).with(user(ngo.expert())).header("Accept-Language", "en").with(csrf()))
                .flash().containsEntry("outcome", "CLASHES");
        assertThat(mvc.get().uri("/offers/{id}", clashing.id()).with(user(ngo.expert())).header("Accept-Language", "en").flashAttr("outcome", "CLASHES"))
                .hasStatusOk().bodyText().contains("You already have another assignment at that time");
    }

    @Test
    void anOfferPastItsDeadlineSaysSoAndCannotBeAnswered() {
        var ngo = pools.ngoPool("Expired NGO");
        Offer offer = offer(talk(ngo), ngo, ngo.expert());
        jdbc.sql("update offer set respond_by = now() - interval '1 minute' where id = :id").param("id", offer.id()).update();

        assertThat(mvc.get().uri("/offers/{id}", offer.id()).with(user(ngo.expert())).header("Accept-Language", "en")).hasStatusOk().bodyText()
                .contains("The time to answer this offer has passed").doesNotContain("Yes, I will take it");
        assertThat(mvc.post().uri("/offers/{id}/accept", offer.id()).with(user(ngo.expert())).header("Accept-Language", "en").with(csrf()))
                .flash().containsEntry("outcome", "EXPIRED");
    }

    @Test
    void theExpertDeclinesWithAnOptionalReasonTheCoordinatorSees() {
        var ngo = pools.ngoPool("Decline NGO");
        WorkRequest request = talk(ngo);
        Offer offer = offer(request, ngo, ngo.expert());

        assertThat(mvc.post().uri("/offers/{id}/decline", offer.id()).with(user(ngo.expert())).header("Accept-Language", "en").with(csrf())
                .param("reason", "x".repeat(501))).hasStatusOk().bodyText().contains("id=\"reason-error\"");
        assertThat(mvc.post().uri("/offers/{id}/decline", offer.id()).with(user(ngo.expert())).header("Accept-Language", "en").with(csrf())
                .param("reason", "I am travelling that week"))
                .hasRedirectedUrl("/offers/" + offer.id()).flash().containsEntry("outcome", "DECLINED");

        assertThat(mvc.get().uri("/coordinator/requests/{id}/offers", request.id()).with(user(ngo.coordinator())).header("Accept-Language", "en"))
                .hasStatusOk().bodyText().contains("Declined", "I am travelling that week");
    }

    @Test
    void theEssentialsAndBothAnswersComeBeforeTheDetails() throws Exception {
        var ngo = pools.ngoPool("Order NGO");
        Offer offer = offer(talk(ngo), ngo, ngo.expert());

        String page = mvc.get().uri("/offers/{id}", offer.id()).with(user(ngo.expert())).header("Accept-Language", "fi")
                .exchange().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        int fee = page.indexOf("Palkallinen työ");
        int accept = page.indexOf("Kyllä, otan tämän");
        int noThanks = page.indexOf("Ei kiitos");
        assertThat(fee).isPositive().isLessThan(accept);
        assertThat(accept).isLessThan(noThanks);
        assertThat(noThanks).isLessThan(page.indexOf("Lisää työstä")).isLessThan(page.indexOf("Kaikki työtarjoukset"));
    }

    @Test
    void noThankYouOpensAStepWhereTheExpertMayTellWhyAndOnlyItsButtonDeclines() {
        var ngo = pools.ngoPool("Decline step NGO");
        Offer offer = offer(talk(ngo), ngo, ngo.expert());
        String step = "/offers/" + offer.id() + "/decline";

        assertThat(mvc.get().uri(step).with(user(ngo.expert())).header("Accept-Language", "fi")).hasStatusOk().bodyText()
                .contains("Etkö pääse?", "Haluatko kertoa syyn? (ei pakollinen)", "Takaisin tarjoukseen");
        assertThat(brokering.offer(offer.id(), ngo.expert()).offer().status().name()).isEqualTo("OPEN");

        assertThat(mvc.post().uri(step).with(user(ngo.expert())).with(csrf())).hasRedirectedUrl("/offers/" + offer.id())
                .flash().containsEntry("outcome", "DECLINED");
        assertThat(mvc.get().uri("/offers/{id}", offer.id()).with(user(ngo.expert())).header("Accept-Language", "fi")
                .flashAttr("outcome", "DECLINED")).hasStatusOk().bodyText()
                .contains("Selvä, et ota tätä työtä. Kiitos, että vastasit!").doesNotContain("Kieltäydyit");
        assertThat(mvc.get().uri(step).with(user(ngo.expert()))).hasRedirectedUrl("/offers/" + offer.id());
    }

    @Test
    void theDeclineStepOfAnotherExpertsOfferDoesNotExistAndOthersAreTurnedAway() {
        var ngo = pools.ngoPool("Decline guard NGO");
        var stranger = pools.ngoPool("Decline guard stranger NGO");
        Offer offer = offer(talk(ngo), ngo, ngo.expert());
        CurrentUser colleague = pools.person(ngo.organisation().id(), Role.EXPERT, "Colleague");
        String step = "/offers/" + offer.id() + "/decline";

        for (CurrentUser other : List.of(colleague, stranger.expert())) {
            assertThat(mvc.get().uri(step).with(user(other))).hasStatus(404);
        }
        for (CurrentUser other : List.of(ngo.coordinator(), ngo.requester(), ngo.admin())) {
            assertThat(mvc.get().uri(step).with(user(other))).hasStatus(403);
        }
        assertThat(mvc.get().uri(step)).hasStatus3xxRedirection().redirectedUrl().endsWith("/login");
    }

    @Test
    void anExpertCannotOpenOrAnswerSomeoneElsesOffer() {
        var ngo = pools.ngoPool("Nosy NGO");
        var stranger = pools.ngoPool("Nosy stranger NGO");
        Offer offer = offer(talk(ngo), ngo, ngo.expert());
        CurrentUser colleague = pools.person(ngo.organisation().id(), Role.EXPERT, "Colleague");

        for (CurrentUser other : List.of(colleague, stranger.expert())) {
            assertThat(mvc.get().uri("/offers/{id}", offer.id()).with(user(other)).header("Accept-Language", "en")).hasStatus(404);
            assertThat(mvc.post().uri("/offers/{id}/accept", offer.id()).with(user(other)).header("Accept-Language", "en").with(csrf())).hasStatus(404);
            assertThat(mvc.post().uri("/offers/{id}/decline", offer.id()).with(user(other)).header("Accept-Language", "en").with(csrf())).hasStatus(404);
        }
        assertThat(mvc.get().uri("/offers/{id}", offer.id()).with(user(ngo.coordinator())).header("Accept-Language", "en")).hasStatus(403);
        assertThat(brokering.offer(offer.id(), ngo.expert()).offer().status().name()).isEqualTo("OPEN");
    }

    private WorkRequest talk(TestPools.Pool ngo) {
        return requests.create(TestRequests.talkInDays(ngo.organisation().id(), ngo.organisation().id(), "091", 5),
                ngo.requester());
    }

    private Offer offer(WorkRequest request, TestPools.Pool ngo, CurrentUser expert) {
        return brokering.sendOffers(request.id(), List.of(expert.id()), Instant.now().plus(1, ChronoUnit.DAYS),
                ngo.coordinator()).getFirst();
    }

    private void assertNotSent(WorkRequest request, TestPools.Pool ngo, List<String> experts, String respondBy,
            String message) {
        assertThat(mvc.post().uri("/coordinator/requests/{id}/offers", request.id()).with(user(ngo.coordinator())).header("Accept-Language", "en")
                .with(csrf()).param("expertIds", experts.toArray(String[]::new)).param("respondBy", respondBy))
                .hasStatus(422).bodyText().contains(message, "/coordinator/requests/" + request.id() + "/candidates");
    }

    private static String inHelsinki(Instant at) {
        return LocalDateTime.ofInstant(at, ZoneId.of("Europe/Helsinki")).truncatedTo(ChronoUnit.MINUTES).toString();
    }
}
