package fi.valita.requests.web;

import static fi.valita.requests.web.FollowingRequestsTests.talk;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import fi.valita.TestPools;
import fi.valita.ValitaTest;
import fi.valita.experts.TaskType;
import fi.valita.identity.CurrentUser;
import fi.valita.requests.NewWorkRequest;
import fi.valita.requests.RequestStatus;
import fi.valita.requests.WorkRequest;
import fi.valita.requests.WorkRequests;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@ValitaTest
class InboxPageTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestPools pools;

    @Autowired
    WorkRequests requests;

    @Test
    void openRequestsComeMostUrgentFirstWithTheRequesterWhenWhereAndAge() throws Exception {
        var ngo = pools.ngoPool("Urgent NGO");
        var school = pools.clientOf(ngo, "Urgent School");
        requests.create(talk(ngo, school, "Talk in a month", 30), school.requester());
        requests.create(talk(ngo, school, "Talk in three days", 3), school.requester());
        requests.create(talk(ngo, school, "Talk in two weeks", 14), school.requester());

        String page = inbox("/coordinator/requests?lang=en", ngo.coordinator());

        assertThat(page).contains(school.organisation().name(), "Rovaniemi", "Received today",
                "Telling my story to a large audience", "3 requests");
        assertThat(page.indexOf("Talk in three days")).isLessThan(page.indexOf("Talk in two weeks"));
        assertThat(page.indexOf("Talk in two weeks")).isLessThan(page.indexOf("Talk in a month"));
        assertThat(count(page, "Starts within a week")).as("only the talk in three days is soon").isEqualTo(1);
    }

    @Test
    void filtersByStatusTaskTypeRequesterAndWords() throws Exception {
        var ngo = pools.ngoPool("Filter NGO");
        var school = pools.clientOf(ngo, "Filter School");
        var college = pools.clientOf(ngo, "Filter College");
        requests.create(talk(ngo, school, "Open story at the school", 5), school.requester());
        requests.create(withTask(talk(ngo, college, "Open teaching at the college", 6), TaskType.TEACHING),
                college.requester());
        WorkRequest filled = requests.create(talk(ngo, school, "Filled story", 7), school.requester());
        requests.moveStatus(filled.id(), EnumSet.of(RequestStatus.NEW), RequestStatus.FILLED);
        WorkRequest cancelled = requests.create(talk(ngo, college, "Cancelled story", 8), college.requester());
        requests.cancel(cancelled.id(), "Moved", college.requester());
        CurrentUser coordinator = ngo.coordinator();

        assertListed("/coordinator/requests", coordinator,
                List.of("Open story at the school", "Open teaching at the college"), List.of("Filled story", "Cancelled story"));
        assertListed("/coordinator/requests?status=FILLED", coordinator, List.of("Filled story"),
                List.of("Open story at the school", "Cancelled story"));
        assertListed("/coordinator/requests?status=CANCELLED", coordinator, List.of("Cancelled story"),
                List.of("Filled story", "Open story at the school"));
        assertListed("/coordinator/requests?status=ALL", coordinator,
                List.of("Open story at the school", "Open teaching at the college", "Filled story", "Cancelled story"), List.of());
        assertListed("/coordinator/requests?taskType=TEACHING", coordinator, List.of("Open teaching at the college"),
                List.of("Open story at the school"));
        assertListed("/coordinator/requests?status=ALL&requester=" + college.organisation().id(), coordinator,
                List.of("Open teaching at the college", "Cancelled story"), List.of("Open story at the school", "Filled story"));
        assertListed("/coordinator/requests?text=SCHOOL", coordinator, List.of("Open story at the school"),
                List.of("Open teaching at the college"));
    }

    @Test
    void unknownFiltersAreNamedAndIgnored() throws Exception {
        var ngo = pools.ngoPool("Odd filter NGO");
        requests.create(talk(ngo, null, "Still listed", 5), ngo.requester());

        assertThat(inbox("/coordinator/requests?lang=en&status=LOST&taskType=NAPPING&requester=" + java.util.UUID.randomUUID(),
                ngo.coordinator()))
                .contains("Some filters were not understood", "Still listed");
    }

    @Test
    void htmxRequestGetsOnlyTheResultsAndTheCount() {
        var ngo = pools.ngoPool("Htmx inbox NGO");
        requests.create(talk(ngo, null, "Htmx talk", 5), ngo.requester());

        assertThat(mvc.get().uri("/coordinator/requests?lang=en").header("HX-Request", "true").with(user(ngo.coordinator())))
                .hasStatusOk().hasHeader("Vary", "HX-Request").bodyText()
                .contains("id=\"results\"", "hx-swap-oob", "1 request", "Htmx talk")
                .doesNotContain("<html", "<form");
        assertThat(mvc.get().uri("/coordinator/requests").with(user(ngo.coordinator()))).hasStatusOk()
                .hasHeader("Vary", "HX-Request").bodyText()
                .contains("<html", "<form", "id=\"results\"", "hx-get=\"/coordinator/requests\"", "Htmx talk");
        assertThat(mvc.get().uri("/coordinator/requests").header("HX-Request", "true")
                .header("HX-History-Restore-Request", "true").with(user(ngo.coordinator()))).bodyText().contains("<html");
    }

    @Test
    void aCoordinatorSeesOnlyTheirOwnPoolsRequests() throws Exception {
        var ngo = pools.ngoPool("Own inbox NGO");
        var other = pools.ngoPool("Other inbox NGO");
        requests.create(talk(other, null, "Talk for the other pool", 5), other.requester());

        assertThat(inbox("/coordinator/requests?status=ALL", ngo.coordinator())).doesNotContain("Talk for the other pool");
    }

    private void assertListed(String path, CurrentUser coordinator, List<String> shown, List<String> hidden) throws Exception {
        String page = inbox(path, coordinator);
        assertThat(page).as(path).contains(shown);
        for (String title : hidden) {
            assertThat(page).as(path).doesNotContain(title);
        }
    }

    private String inbox(String path, CurrentUser coordinator) throws Exception {
        return mvc.get().uri(path).with(user(coordinator)).exchange().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    private static NewWorkRequest withTask(NewWorkRequest r, TaskType type) {
        return new NewWorkRequest(r.poolOrganisationId(), r.requesterOrganisationId(), null, r.title(), null, type,
                r.wantedAreas(), r.areasRule(), r.targetGroup(), r.audienceSize(), r.language(), r.startsAt(), r.endsAt(),
                null, null, false, r.municipalityCode(), r.address(), null, 1, r.feeBasis(), null, r.contactName(), null,
                null, null);
    }
}
