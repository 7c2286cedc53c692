package fi.valita.api;

import static org.assertj.core.api.Assertions.assertThat;

import fi.valita.TestPools;
import fi.valita.ValitaTest;
import fi.valita.identity.CurrentUser;
import fi.valita.requests.TestRequests;
import fi.valita.requests.WorkRequest;
import fi.valita.requests.WorkRequests;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Requesters ask for experts and follow their requests over the API; coordinators see their pool's. */
@ValitaTest
class ApiRequestsTests {

    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestPools pools;

    @Autowired
    ApiTokens tokens;

    @Autowired
    WorkRequests requests;

    @Test
    void aTeacherAsksTheOnlyPoolServingTheSchoolAndFollowsTheRequest() {
        var ngo = pools.ngoPool("Api requests");
        var school = pools.clientOf(ngo, "Api school");
        String teacher = tokens.issue(school.requester(), "test").secret();
        OffsetDateTime start = OffsetDateTime.now(HELSINKI).plusDays(14).truncatedTo(ChronoUnit.HOURS);

        MvcTestResult created = post("/api/v1/requests", teacher, talk(start, ""));

        assertThat(created).hasStatus(HttpStatus.CREATED)
                .bodyJson().extractingPath("$.status").isEqualTo("NEW");
        String id = Bearer.read(created, "$.id");
        assertThat(created).hasHeader("Location", "/api/v1/requests/" + id);
        WorkRequest stored = requests.byIdForProcessing(UUID.fromString(id));
        assertThat(stored.poolOrganisationId()).isEqualTo(ngo.organisation().id());
        assertThat(stored.requesterOrganisationId()).isEqualTo(school.organisation().id());
        assertThat(stored.startsAt()).isEqualTo(start.toInstant());
        assertThat(stored.agreedFeeCents()).isEqualTo(15_000L);

        MvcTestResult shown = mvc.get().uri("/api/v1/requests/{id}", id).with(Bearer.bearer(teacher)).exchange();
        assertThat(shown).hasStatusOk().bodyJson().extractingPath("$.title").isEqualTo("Recovery story for the 9th grade");
        assertThat(Bearer.read(shown, "$.startsAt")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:00:00\\+0[23]:00");
        assertThat(OffsetDateTime.parse(Bearer.read(shown, "$.startsAt"))).isEqualTo(start);
        assertThat(mvc.get().uri("/api/v1/requests?status=NEW").with(Bearer.bearer(teacher)))
                .hasStatusOk().bodyText().contains(id);
        assertThat(mvc.get().uri("/api/v1/requests?status=CANCELLED").with(Bearer.bearer(teacher)))
                .hasStatusOk().bodyText().doesNotContain(id);
    }

    @Test
    void theCoordinatorEntersARequestForAClientAndFindsItInThePoolsList() {
        var ngo = pools.ngoPool("Api on behalf");
        var school = pools.clientOf(ngo, "Api phoned school");
        String coordinator = tokens.issue(ngo.coordinator(), "test").secret();
        OffsetDateTime start = OffsetDateTime.now(HELSINKI).plusDays(3).truncatedTo(ChronoUnit.HOURS);

        MvcTestResult created = post("/api/v1/requests", coordinator, talk(start,
                "\"requesterOrganisationId\":\"" + school.organisation().id() + "\","));

        assertThat(created).hasStatus(HttpStatus.CREATED);
        String id = Bearer.read(created, "$.id");
        assertThat(mvc.get().uri("/api/v1/requests").with(Bearer.bearer(coordinator)))
                .hasStatusOk().bodyText().contains(id);
        assertThat(mvc.get().uri("/api/v1/requests?status=NEW&status=MATCHING").with(Bearer.bearer(coordinator)))
                .hasStatusOk().bodyText().contains(id);
    }

    @Test
    void missingValuesAreABadRequestProblemListingEachField() {
        CurrentUser requester = pools.ngoPool("Api invalid").requester();

        assertThat(post("/api/v1/requests", tokens.issue(requester, "test").secret(),
                        "{\"title\":\"\",\"language\":\"fi\",\"contactName\":\"Opettaja\",\"audienceSize\":0}"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyText().contains("\"errors\":[", "\"field\":\"title\"", "\"field\":\"taskType\"",
                        "\"field\":\"feeBasis\"", "\"field\":\"audienceSize\"", "Fill in this field.",
                        "The smallest allowed value is 1.");
    }

    @Test
    void unreadableIdsInTheBodyAreListedToo() {
        var ngo = pools.ngoPool("Api bad ids");
        String body = talk(OffsetDateTime.now(HELSINKI).plusDays(5), "\"wantedAreas\":[\"not-an-id\"],");

        assertThat(post("/api/v1/requests", tokens.issue(ngo.requester(), "test").secret(), body))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson().extractingPath("$.errors[0].field").isEqualTo("wantedAreas[0]");
    }

    @Test
    void aRequestThatBreaksARuleIsUnprocessableAndNamesTheField() {
        var ngo = pools.ngoPool("Api past");

        assertThat(post("/api/v1/requests", tokens.issue(ngo.requester(), "test").secret(),
                        talk(OffsetDateTime.now(HELSINKI).minusDays(1), "")))
                .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyText().contains("\"detail\":\"The time must be in the future.\"", "\"field\":\"startsAt\"");
    }

    @Test
    void anotherOrganisationsRequestDoesNotExistForThem() {
        var ngo = pools.ngoPool("Api owner");
        var other = pools.ngoPool("Api stranger");
        WorkRequest request = requests.create(TestRequests.talkInDays(ngo.organisation().id(), ngo.organisation().id(),
                "091", 7), ngo.requester());
        String strangerCoordinator = tokens.issue(other.coordinator(), "test").secret();
        String strangerRequester = tokens.issue(other.requester(), "test").secret();

        assertThat(mvc.get().uri("/api/v1/requests/{id}", request.id()).with(Bearer.bearer(strangerCoordinator)))
                .hasStatus(HttpStatus.NOT_FOUND)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(mvc.get().uri("/api/v1/requests/{id}", request.id()).with(Bearer.bearer(strangerRequester)))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri("/api/v1/requests").with(Bearer.bearer(strangerCoordinator)))
                .hasStatusOk().bodyText().doesNotContain(request.id().toString());
        assertThat(mvc.get().uri("/api/v1/requests/{id}", "no-such-id").with(Bearer.bearer(strangerCoordinator)))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri("/api/v1/requests/{id}", request.id()).with(Bearer.bearer(
                        tokens.issue(ngo.coordinator(), "test").secret())))
                .hasStatusOk();
    }

    @Test
    void anExpertHasNoRequestsToSee() {
        var ngo = pools.ngoPool("Api expert requests");

        assertThat(mvc.get().uri("/api/v1/requests").with(Bearer.as(ngo.expert(), tokens)))
                .hasStatus(HttpStatus.FORBIDDEN)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void requestsStatusFilterTakesOnlyKnownStatuses() {
        var ngo = pools.ngoPool("Api status");

        assertThat(mvc.get().uri("/api/v1/requests?status=SOMETIME").with(Bearer.as(ngo.requester(), tokens)))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    /** A two-hour talk on site in Helsinki at the given time, for an agreed 150 euros. */
    static String talk(OffsetDateTime start, String extra) {
        return """
                {%s"title":"Recovery story for the 9th grade","taskType":"STORY_LARGE_AUDIENCE","language":"fi",
                 "startsAt":"%s","endsAt":"%s","remote":false,"municipalityCode":"091","address":"Koulukatu 1",
                 "expertsNeeded":1,"feeBasis":"AGREED_SUM","agreedFeeCents":15000,"contactName":"Opettaja Testinen"}"""
                .formatted(extra, start, start.plusHours(2));
    }

    private MvcTestResult post(String uri, String token, String body) {
        return mvc.post().uri(uri).with(Bearer.bearer(token)).contentType(MediaType.APPLICATION_JSON).content(body)
                .exchange();
    }
}
