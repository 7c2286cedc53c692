package fi.valita.requests.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import fi.valita.TestPools;
import fi.valita.ValitaTest;
import fi.valita.identity.CurrentUser;
import fi.valita.requests.NewWorkRequest;
import fi.valita.requests.RequestStatus;
import fi.valita.requests.TestRequests;
import fi.valita.requests.WorkRequest;
import fi.valita.requests.WorkRequests;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@ValitaTest
class FollowingRequestsTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestPools pools;

    @Autowired
    WorkRequests requests;

    @Test
    void requesterSeesOnlyTheirOrganisationsRequestsNewestFirst() throws Exception {
        var ngo = pools.ngoPool("List NGO");
        var school = pools.clientOf(ngo, "List School");
        var otherSchool = pools.clientOf(ngo, "Other List School");
        var first = requests.create(talk(ngo, school, "First talk", 12), school.requester());
        var second = requests.create(talk(ngo, school, "Second talk", 5), school.requester());
        requests.create(talk(ngo, otherSchool, "Talk of the other school", 5), otherSchool.requester());

        String page = mvc.get().uri("/requests?lang=en").with(user(school.requester())).exchange().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(page).contains("First talk", "Second talk", "Received", "Rovaniemi", "href=\"/requests/" + first.id() + "\"")
                .doesNotContain("Talk of the other school");
        assertThat(page.indexOf("Second talk")).as("newest first").isLessThan(page.indexOf("First talk"));
        assertThat(second.createdAt()).isAfterOrEqualTo(first.createdAt());
    }

    @Test
    void requesterWithoutRequestsIsToldSoAndOfferedTheForm() {
        var ngo = pools.ngoPool("Empty NGO");
        assertThat(mvc.get().uri("/requests?lang=en").with(user(ngo.requester()))).hasStatusOk().bodyText()
                .contains("has not asked for experts yet", "href=\"/requests/new\"");
    }

    @Test
    void coordinatorOnTheRequesterPagesIsSentToTheInbox() {
        var ngo = pools.ngoPool("Redirect NGO");
        var request = requests.create(talk(ngo, null, "Own talk", 5), ngo.requester());

        assertThat(mvc.get().uri("/requests").with(user(ngo.coordinator()))).hasRedirectedUrl("/coordinator/requests");
        assertThat(mvc.get().uri("/requests/" + request.id()).with(user(ngo.coordinator())))
                .hasRedirectedUrl("/coordinator/requests/" + request.id());
    }

    @Test
    void requesterCancelsWithAReasonAndASecondCancellationIsRefused() {
        var ngo = pools.ngoPool("Cancel NGO");
        var school = pools.clientOf(ngo, "Cancel School");
        WorkRequest request = requests.create(talk(ngo, school, "Talk to cancel", 8), school.requester());
        CurrentUser requester = school.requester();

        assertThat(mvc.get().uri("/requests/" + request.id() + "?lang=en").with(user(requester))).bodyText()
                .contains("Yes, cancel this request", "action=\"/requests/" + request.id() + "/cancel\"");

        assertThat(cancel("/requests/" + request.id() + "/cancel", requester, "The course was moved to spring"))
                .hasRedirectedUrl("/requests/" + request.id());
        WorkRequest cancelled = requests.get(request.id(), requester);
        assertThat(cancelled.status()).isEqualTo(RequestStatus.CANCELLED);
        assertThat(cancelled.cancelReason()).isEqualTo("The course was moved to spring");
        assertThat(mvc.get().uri("/requests/" + request.id() + "?lang=en").with(user(requester))).bodyText()
                .contains("Cancelled", "The course was moved to spring")
                .doesNotContain("Yes, cancel this request");

        assertThat(cancel("/requests/" + request.id() + "/cancel", requester, "Once more")).hasStatusOk().bodyText()
                .contains("This request can no longer be cancelled.");
        assertThat(requests.get(request.id(), requester).cancelReason()).isEqualTo("The course was moved to spring");
    }

    @Test
    void cancellingWithoutAReasonIsShownBesideTheReason() {
        var ngo = pools.ngoPool("Reasonless NGO");
        WorkRequest request = requests.create(talk(ngo, null, "Talk kept", 8), ngo.requester());

        assertThat(cancel("/requests/" + request.id() + "/cancel", ngo.requester(), " ")).hasStatusOk().bodyText()
                .contains("id=\"reason-error\"", "Fill in this field.", "href=\"#reason\"");
        assertThat(requests.get(request.id(), ngo.requester()).status()).isEqualTo(RequestStatus.NEW);
    }

    @Test
    void coordinatorCancelsFromTheirPageAndStartsLookingForExperts() {
        var ngo = pools.ngoPool("Coordinator cancel NGO");
        var school = pools.clientOf(ngo, "Coordinator cancel School");
        WorkRequest toFind = requests.create(talk(ngo, school, "Talk to staff", 8), school.requester());
        WorkRequest toCancel = requests.create(talk(ngo, school, "Talk to cancel", 9), school.requester());

        assertThat(mvc.get().uri("/coordinator/requests/" + toFind.id() + "?lang=en").with(user(ngo.coordinator())))
                .hasStatusOk().bodyText().contains("Talk to staff", school.organisation().name(), "Find experts",
                        "action=\"/coordinator/requests/" + toFind.id() + "/find-experts\"");
        assertThat(mvc.post().uri("/coordinator/requests/" + toFind.id() + "/find-experts").with(user(ngo.coordinator()))
                .with(csrf())).hasRedirectedUrl("/coordinator/requests/" + toFind.id() + "/candidates");
        assertThat(requests.get(toFind.id(), school.requester()).status()).isEqualTo(RequestStatus.MATCHING);

        assertThat(cancel("/coordinator/requests/" + toCancel.id() + "/cancel", ngo.coordinator(), "Nobody free that week"))
                .hasRedirectedUrl("/coordinator/requests/" + toCancel.id());
        assertThat(requests.get(toCancel.id(), school.requester()).cancelReason()).isEqualTo("Nobody free that week");
        assertThat(mvc.get().uri("/requests/" + toCancel.id() + "?lang=en").with(user(school.requester()))).bodyText()
                .contains("Cancelled", "Nobody free that week");
    }

    private MvcTestResult cancel(String path, CurrentUser user, String reason) {
        return mvc.post().uri(path).header("Accept-Language", "en").with(user(user)).with(csrf()).param("reason", reason)
                .exchange();
    }

    static NewWorkRequest talk(TestPools.Pool ngo, TestPools.@Nullable Client client,
            String title, int days) {
        UUID requester = client == null ? ngo.organisation().id() : client.organisation().id();
        var base = TestRequests.talkInDays(ngo.organisation().id(), requester, "698", days);
        return new NewWorkRequest(base.poolOrganisationId(), base.requesterOrganisationId(), null, title,
                null, base.taskType(), base.wantedAreas(), base.areasRule(), base.targetGroup(), base.audienceSize(),
                base.language(), base.startsAt(), base.endsAt(), null, null, false, "698", base.address(), null, 1,
                base.feeBasis(), null, base.contactName(), null, null, null);
    }
}
