package fi.valita.requests.web;

import static fi.valita.requests.web.FollowingRequestsTests.talk;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import fi.valita.TestPools;
import fi.valita.ValitaTest;
import fi.valita.identity.CurrentUser;
import fi.valita.requests.RequestStatus;
import fi.valita.requests.WorkRequest;
import fi.valita.requests.WorkRequests;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Nobody outside the requesting organisation and the pool learns that a request exists; experts use none of these pages. */
@ValitaTest
class RequestAccessTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestPools pools;

    @Autowired
    WorkRequests requests;

    @Test
    void anotherOrganisationGetsNotFoundOnEveryAddressOfTheRequestAndChangesNothing() {
        var ngo = pools.ngoPool("Owner NGO");
        var school = pools.clientOf(ngo, "Owner School");
        var otherSchool = pools.clientOf(ngo, "Neighbour School");
        var otherPool = pools.ngoPool("Foreign NGO");
        WorkRequest request = requests.create(talk(ngo, school, "Private talk", 6), school.requester());
        String requesterPage = "/requests/" + request.id();
        String coordinatorPage = "/coordinator/requests/" + request.id();

        var softly = new SoftAssertions();
        for (CurrentUser stranger : List.of(otherSchool.requester(), otherPool.requester(), ngo.requester())) {
            softly.assertThat(get(requesterPage, stranger)).as("GET %s by a requester of another organisation", requesterPage)
                    .isEqualTo(404);
            softly.assertThat(post(requesterPage + "/cancel", stranger)).as("cancel by another requester").isEqualTo(404);
            softly.assertThat(get(coordinatorPage, stranger)).as("coordinator page for a requester").isEqualTo(403);
        }
        for (CurrentUser stranger : List.of(otherPool.coordinator(), otherPool.admin())) {
            softly.assertThat(get(requesterPage, stranger)).as("GET %s by another pool", requesterPage).isEqualTo(404);
            softly.assertThat(get(coordinatorPage, stranger)).as("GET %s by another pool", coordinatorPage).isEqualTo(404);
            for (String action : List.of(requesterPage + "/cancel", coordinatorPage + "/cancel", coordinatorPage + "/find-experts")) {
                softly.assertThat(post(action, stranger)).as("POST %s by another pool", action).isEqualTo(404);
            }
        }
        softly.assertAll();
        WorkRequest unchanged = requests.get(request.id(), school.requester());
        assertThat(unchanged.status()).isEqualTo(RequestStatus.NEW);
        assertThat(unchanged.cancelReason()).isNull();
    }

    @Test
    void anExpertIsRefusedEveryRequestPage() {
        var ngo = pools.ngoPool("Expert NGO");
        WorkRequest request = requests.create(talk(ngo, null, "Not for experts", 6), ngo.requester());
        CurrentUser expert = ngo.expert();

        var softly = new SoftAssertions();
        for (String page : List.of("/requests", "/requests/new", "/requests/" + request.id(), "/coordinator/requests",
                "/coordinator/requests/" + request.id())) {
            softly.assertThat(get(page, expert)).as("GET %s", page).isEqualTo(403);
        }
        for (String action : List.of("/requests/new", "/requests/" + request.id() + "/cancel",
                "/coordinator/requests/" + request.id() + "/cancel", "/coordinator/requests/" + request.id() + "/find-experts")) {
            softly.assertThat(post(action, expert)).as("POST %s", action).isEqualTo(403);
        }
        softly.assertAll();
        assertThat(requests.get(request.id(), ngo.requester()).status()).isEqualTo(RequestStatus.NEW);
    }

    @Test
    void theOwnersSeeTheirPages() {
        var ngo = pools.ngoPool("Seeing NGO");
        var school = pools.clientOf(ngo, "Seeing School");
        WorkRequest request = requests.create(talk(ngo, school, "Seen talk", 6), school.requester());

        assertThat(get("/requests/" + request.id(), school.requester())).isEqualTo(200);
        assertThat(get("/coordinator/requests/" + request.id(), ngo.coordinator())).isEqualTo(200);
        assertThat(get("/coordinator/requests/" + request.id(), ngo.admin())).isEqualTo(200);
        assertThat(get("/requests", school.requester())).isEqualTo(200);
        assertThat(get("/requests/new", school.requester())).isEqualTo(200);
        assertThat(get("/coordinator/requests", ngo.coordinator())).isEqualTo(200);
    }

    private int get(String path, CurrentUser user) {
        return mvc.get().uri(path).with(user(user)).exchange().getResponse().getStatus();
    }

    private int post(String path, CurrentUser user) {
        return mvc.post().uri(path).with(user(user)).with(csrf()).param("reason", "Hijack").exchange().getResponse().getStatus();
    }
}
