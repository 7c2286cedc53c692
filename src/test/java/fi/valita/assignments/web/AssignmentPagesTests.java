package fi.valita.assignments.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import fi.valita.TestPools;
import fi.valita.ValitaTest;
import fi.valita.assignments.Assignment;
import fi.valita.assignments.Brokering;
import fi.valita.identity.CurrentUser;
import fi.valita.identity.Role;
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

/** Assignment pages for each side, and calling an assignment off. */
@ValitaTest
class AssignmentPagesTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestPools pools;

    @Autowired
    WorkRequests requests;

    @Autowired
    Brokering brokering;

    record Setting(TestPools.Pool ngo, TestPools.Client school, WorkRequest request, Assignment assignment) {}

    @Test
    void theExpertSeesTheirUpcomingAssignmentWithTheContactPerson() {
        var s = assigned("List");

        assertThat(mvc.get().uri("/assignments").with(user(s.ngo().expert())).header("Accept-Language", "en"))
                .hasStatusOk().bodyText().contains("Coming up", s.request().title(), "Agreed", "Helsinki");
        assertThat(mvc.get().uri("/assignments/{id}", s.assignment().id()).with(user(s.ngo().expert()))
                .header("Accept-Language", "en")).hasStatusOk().bodyText()
                .contains("Opettaja Testinen", "tel:+358 40 000 0000", "Call the assignment off");
        assertThat(mvc.get().uri("/assignments?lang=sv").with(user(s.ngo().expert()))).hasStatusOk().bodyText()
                .contains("Kommande", "Avtalat");
    }

    @Test
    void theRequesterOrganisationAndThePoolsCoordinatorsSeeTheAssignmentAndNobodyElse() {
        var s = assigned("Access");
        var otherSchool = pools.clientOf(s.ngo(), "Other school");
        var stranger = pools.ngoPool("Stranger NGO");
        CurrentUser colleague = pools.person(s.ngo().organisation().id(), Role.EXPERT, "Colleague");
        String page = "/assignments/" + s.assignment().id();

        for (CurrentUser insider : List.of(s.ngo().expert(), s.school().requester(), s.ngo().coordinator(), s.ngo().admin())) {
            assertThat(mvc.get().uri(page).with(user(insider))).hasStatusOk().bodyText().contains(s.request().title());
        }
        for (CurrentUser outsider : List.of(colleague, otherSchool.requester(), s.ngo().requester(),
                stranger.coordinator(), stranger.expert(), stranger.admin())) {
            assertThat(mvc.get().uri(page).with(user(outsider))).hasStatus(404);
            assertThat(mvc.post().uri(page + "/cancel").with(user(outsider)).with(csrf()).param("reason", "Mine now"))
                    .hasStatus(404);
        }
        assertThat(mvc.get().uri("/assignments").with(user(otherSchool.requester()))).hasStatusOk().bodyText()
                .doesNotContain(s.request().title());
        assertThat(mvc.get().uri("/assignments").with(user(s.school().requester()))).hasStatusOk().bodyText()
                .contains(s.request().title());
        assertThat(mvc.get().uri(page)).hasStatus3xxRedirection();
    }

    @Test
    void theExpertCallsOffWithAReasonAndTheRequestGoesBackToMatching() {
        var s = assigned("Ill");
        String page = "/assignments/" + s.assignment().id();

        assertThat(mvc.post().uri(page + "/cancel").with(user(s.ngo().expert())).with(csrf()).param("reason", " ")
                .header("Accept-Language", "en")).hasStatusOk().bodyText()
                .contains("Fix these", "id=\"reason-error\"");
        assertThat(requests.byIdForProcessing(s.request().id()).status()).isEqualTo(RequestStatus.FILLED);

        assertThat(mvc.post().uri(page + "/cancel").with(user(s.ngo().expert())).with(csrf()).param("reason", "I am ill"))
                .hasRedirectedUrl(page).flash().containsEntry("cancelled", true);

        assertThat(requests.byIdForProcessing(s.request().id()).status()).isEqualTo(RequestStatus.MATCHING);
        assertThat(mvc.get().uri(page).with(user(s.school().requester())).header("Accept-Language", "en")).hasStatusOk()
                .bodyText().contains("Called off", "I am ill").doesNotContain("Call the assignment off");
        assertThat(mvc.post().uri(page + "/cancel").with(user(s.ngo().coordinator())).with(csrf()).param("reason", "again")
                .header("Accept-Language", "en")).hasStatusOk().bodyText().contains("no longer active");
    }

    @Test
    void theCoordinatorSeesTheAssignmentOnTheRequestsOffersPage() {
        var s = assigned("Overview");

        assertThat(mvc.get().uri("/coordinator/requests/{id}/offers", s.request().id()).with(user(s.ngo().coordinator()))
                .header("Accept-Language", "en")).hasStatusOk().bodyText()
                .contains("/assignments/" + s.assignment().id(), "Accepted", "Filled");
    }

    private Setting assigned(String name) {
        var ngo = pools.ngoPool(name + " NGO");
        var school = pools.clientOf(ngo, name + " School");
        WorkRequest request = requests.create(
                TestRequests.talkInDays(ngo.organisation().id(), school.organisation().id(), "091", 5), school.requester());
        var offer = brokering.sendOffers(request.id(), List.of(ngo.expert().id()), Instant.now().plus(1, ChronoUnit.DAYS),
                ngo.coordinator()).getFirst();
        return new Setting(ngo, school, request, brokering.accept(offer.id(), ngo.expert()));
    }
}
