package fi.valita.api;

import static fi.valita.api.Bearer.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import fi.valita.TestPools;
import fi.valita.ValitaTest;
import fi.valita.assignments.Brokering;
import fi.valita.assignments.Offer;
import fi.valita.experts.Availability;
import fi.valita.experts.ContactDetails;
import fi.valita.experts.EngagementForm;
import fi.valita.experts.ExpertPool;
import fi.valita.experts.TaskType;
import fi.valita.experts.WorkPreferences;
import fi.valita.identity.CurrentUser;
import fi.valita.identity.Role;
import fi.valita.requests.NewWorkRequest;
import fi.valita.requests.RequestStatus;
import fi.valita.requests.TestRequests;
import fi.valita.requests.WorkRequest;
import fi.valita.requests.WorkRequests;
import java.io.UnsupportedEncodingException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The coordinator ranks and offers, the expert answers, and everyone follows the assignment over the API. */
@ValitaTest
class ApiBrokeringTests {

    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestPools pools;

    @Autowired
    ApiTokens tokens;

    @Autowired
    WorkRequests requests;

    @Autowired
    Brokering brokering;

    @Autowired
    ExpertPool expertPool;

    @Autowired
    MessageSource messages;

    @Test
    void theCoordinatorSeesRankedCandidatesWithReasonsInEnglish() {
        var ngo = pools.ngoPool("Api candidates");
        CurrentUser aino = storyteller(ngo, "Aino Aaltonen");
        WorkRequest talk = talk(ngo, 1);

        MvcTestResult candidates = mvc.get().uri("/api/v1/requests/{id}/candidates", talk.id())
                .with(Bearer.as(ngo.coordinator(), tokens)).exchange();

        assertThat(candidates).hasStatusOk().bodyJson().extractingPath("$.proposed[0].expertId")
                .isEqualTo(aino.id().toString());
        assertThat(candidates).bodyText()
                .contains("\"displayName\":\"Aino Aaltonen\"", "\"score\":", "\"code\":\"matching.reason.task\"",
                        "\"text\":\"Wants: ", "\"text\":\"0 km\"");
    }

    @Test
    void theCoordinatorAlsoSeesThoseNotProposedWithWhyInTheCallersLanguage() {
        var ngo = pools.ngoPool("Api not proposed");
        CurrentUser aino = storyteller(ngo, "Aino Aaltonen");
        CurrentUser resting = storyteller(ngo, "Raili Lepo");
        expertPool.changeAvailability(resting.id(), 2, new Availability(List.of(), true, null, null, null), resting);
        CurrentUser swedish = storyteller(ngo, "Sven Svensson");
        expertPool.changeContact(swedish.id(), 2,
                new ContactDetails("Sven Svensson", swedish.email(), null, "698", Set.of("sv"), true, 200), swedish);
        WorkRequest talk = talk(ngo, 1);
        var coordinator = Bearer.as(ngo.coordinator(), tokens);

        MvcTestResult english = mvc.get().uri("/api/v1/requests/{id}/candidates", talk.id()).with(coordinator).exchange();
        assertThat(english).hasStatusOk();
        assertThat(values(english, "$.proposed[*].expertId")).contains(aino.id().toString())
                .doesNotContain(resting.id().toString(), swedish.id().toString());
        assertThat(values(english, notProposed(resting, "pickableByHand"))).containsExactly(false);
        assertThat(values(english, notProposed(resting, "reasons[*].code"))).containsExactly("matching.excluded.on-break");
        assertThat(values(english, notProposed(swedish, "pickableByHand"))).containsExactly(true);
        assertThat(values(english, notProposed(swedish, "reasons[*].code"))).containsExactly("matching.excluded.language");
        assertThat(values(english, notProposed(swedish, "displayName"))).containsExactly("Sven Svensson");

        for (var language : List.of(Locale.ENGLISH, Locale.of("fi"), Locale.of("sv"))) {
            MvcTestResult answer = mvc.get().uri("/api/v1/requests/{id}/candidates", talk.id()).with(coordinator)
                    .header(HttpHeaders.ACCEPT_LANGUAGE, language.getLanguage() + "-FI, de;q=0.9").exchange();
            assertThat(values(answer, notProposed(resting, "reasons[*].text")))
                    .containsExactly(messages.getMessage("matching.excluded.on-break", null, language));
            assertThat(values(answer, notProposed(swedish, "reasons[*].text"))).containsExactly(messages.getMessage(
                    "matching.excluded.language", new Object[] {messages.getMessage("experts.language.fi", null, language)},
                    language));
        }
        assertThat(messages.getMessage("matching.excluded.on-break", null, Locale.of("fi")))
                .as("the languages differ, so the check above can tell them apart")
                .isNotEqualTo(messages.getMessage("matching.excluded.on-break", null, Locale.ENGLISH));
    }

    @Test
    void theCoordinatorChoosesTheEngagementFormAmongThoseThatFitAndTheExpertSeesIt() {
        var ngo = pools.ngoPool("Api engagement forms");
        CurrentUser aino = storyteller(ngo, "Aino Aaltonen");
        pools.engage(aino.id(), Set.of(EngagementForm.FEE_BASED_ASSIGNMENT, EngagementForm.SOCIAL_WELFARE_WORK_ACTIVITY,
                EngagementForm.VOLUNTEER));
        WorkRequest talk = talk(ngo, 1);
        String coordinator = tokens.issue(ngo.coordinator(), "test").secret();

        MvcTestResult candidates = mvc.get().uri("/api/v1/requests/{id}/candidates", talk.id())
                .with(bearer(coordinator)).exchange();
        assertThat(values(candidates, "$.proposed[?(@.expertId == '" + aino.id() + "')].engagementForms[*]"))
                .containsExactly("FEE_BASED_ASSIGNMENT", "SOCIAL_WELFARE_WORK_ACTIVITY");

        String ids = "\"expertIds\":[\"" + aino.id() + "\"],\"respondBy\":\"" + tomorrow() + "\"";
        assertThat(post("/api/v1/requests/" + talk.id() + "/offers", coordinator,
                "{" + ids + ",\"engagementForms\":{\"" + aino.id() + "\":\"VOLUNTEER\"}}"))
                .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyJson().extractingPath("$.field")
                .isEqualTo("engagementForms");
        assertThat(post("/api/v1/requests/" + talk.id() + "/offers", coordinator,
                "{" + ids + ",\"engagementForms\":{\"" + ngo.expert().id() + "\":\"VOLUNTEER\"}}"))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.errors[0].field")
                .isEqualTo("engagementForms[" + ngo.expert().id() + "]");
        assertThat(brokering.offersOf(talk.id(), ngo.coordinator())).isEmpty();

        MvcTestResult sent = post("/api/v1/requests/" + talk.id() + "/offers", coordinator,
                "{" + ids + ",\"engagementForms\":{\"" + aino.id() + "\":\"SOCIAL_WELFARE_WORK_ACTIVITY\"}}");
        assertThat(sent).hasStatus(HttpStatus.CREATED).bodyJson().extractingPath("$[0].engagementForm")
                .isEqualTo("SOCIAL_WELFARE_WORK_ACTIVITY");
        assertThat(mvc.get().uri("/api/v1/offers?status=OPEN").with(Bearer.as(aino, tokens)))
                .hasStatusOk().bodyJson().extractingPath("$[0].engagementForm").isEqualTo("SOCIAL_WELFARE_WORK_ACTIVITY");
    }

    @Test
    void onlyThePoolsCoordinatorMayRankOrOffer() {
        var ngo = pools.ngoPool("Api ranking owner");
        var other = pools.ngoPool("Api ranking stranger");
        WorkRequest talk = talk(ngo, 1);
        String stranger = tokens.issue(other.coordinator(), "test").secret();

        assertThat(mvc.get().uri("/api/v1/requests/{id}/candidates", talk.id()).with(bearer(stranger)))
                .hasStatus(HttpStatus.NOT_FOUND)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(offer(talk, stranger, List.of(other.expert().id().toString()), tomorrow()))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri("/api/v1/requests/{id}/candidates", talk.id()).with(Bearer.as(ngo.requester(), tokens)))
                .hasStatus(HttpStatus.FORBIDDEN)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson().extractingPath("$.status").isEqualTo(403);
        assertThat(offer(talk, tokens.issue(ngo.requester(), "test").secret(), List.of(ngo.expert().id().toString()),
                        tomorrow()))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(brokering.offersOf(talk.id(), ngo.coordinator())).isEmpty();
    }

    @Test
    void theExpertTakesAnOfferAndEveryoneFollowsTheAssignment() {
        var ngo = pools.ngoPool("Api journey");
        WorkRequest talk = talk(ngo, 1);
        String coordinator = tokens.issue(ngo.coordinator(), "test").secret();
        String expert = tokens.issue(ngo.expert(), "test").secret();

        MvcTestResult sent = offer(talk, coordinator, List.of(ngo.expert().id().toString()), tomorrow());
        assertThat(sent).hasStatus(HttpStatus.CREATED).bodyJson().extractingPath("$[0].status").isEqualTo("OPEN");
        String offerId = Bearer.read(sent, "$[0].id");
        assertThat(requests.byIdForProcessing(talk.id()).status()).isEqualTo(RequestStatus.OFFERED);

        assertThat(mvc.get().uri("/api/v1/offers?status=OPEN").with(bearer(expert)))
                .hasStatusOk().bodyText().contains(offerId, "\"title\":\"Recovery story for social-work students\"")
                .doesNotContain("contactPhone");

        MvcTestResult accepted = mvc.post().uri("/api/v1/offers/{id}/accept", offerId).with(bearer(expert)).exchange();
        assertThat(accepted).hasStatusOk().bodyJson().extractingPath("$.status").isEqualTo("CONFIRMED");
        String assignmentId = Bearer.read(accepted, "$.id");
        assertThat(requests.byIdForProcessing(talk.id()).status()).isEqualTo(RequestStatus.FILLED);

        assertThat(mvc.get().uri("/api/v1/assignments/{id}", assignmentId).with(Bearer.as(ngo.requester(), tokens)))
                .hasStatusOk().bodyText().contains("\"expertName\":\"Expert\"", "\"contactName\":\"Opettaja Testinen\"");
        assertThat(mvc.get().uri("/api/v1/assignments/{id}/calendar.ics", assignmentId).with(bearer(expert)))
                .hasStatusOk()
                .hasContentTypeCompatibleWith("text/calendar")
                .bodyText().contains("BEGIN:VCALENDAR", "SUMMARY:Recovery story for social-work students",
                        "UID:assignment-" + assignmentId + "@valita");

        assertThat(post("/api/v1/assignments/" + assignmentId + "/cancel", coordinator, "{\"reason\":\"Room flooded\"}"))
                .hasStatusOk().bodyText().contains("\"status\":\"CANCELLED\"", "\"cancelReason\":\"Room flooded\"");
        assertThat(requests.byIdForProcessing(talk.id()).status()).isEqualTo(RequestStatus.MATCHING);
    }

    @Test
    void takingAnOfferOfAFilledRequestIsAConflictSayingSo() {
        var ngo = pools.ngoPool("Api filled");
        CurrentUser second = pools.person(ngo.organisation().id(), Role.EXPERT, "Bertil Berg");
        WorkRequest talk = talk(ngo, 1);
        List<Offer> offers = brokering.sendOffers(talk.id(), List.of(ngo.expert().id(), second.id()),
                tomorrow().toInstant(), ngo.coordinator());
        brokering.accept(offers.getFirst().id(), ngo.expert());

        assertThat(mvc.post().uri("/api/v1/offers/{id}/accept", offers.get(1).id()).with(Bearer.as(second, tokens)))
                .hasStatus(HttpStatus.CONFLICT)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson().extractingPath("$.reason").isEqualTo("filled");
    }

    @Test
    void anExpertCannotSeeOrAnswerAnotherExpertsOffer() {
        var ngo = pools.ngoPool("Api not mine");
        CurrentUser other = pools.person(ngo.organisation().id(), Role.EXPERT, "Other Expert");
        WorkRequest talk = talk(ngo, 1);
        Offer offer = brokering.sendOffers(talk.id(), List.of(ngo.expert().id()), tomorrow().toInstant(),
                ngo.coordinator()).getFirst();
        String intruder = tokens.issue(other, "test").secret();

        assertThat(mvc.post().uri("/api/v1/offers/{id}/accept", offer.id()).with(bearer(intruder)))
                .hasStatus(HttpStatus.NOT_FOUND).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(mvc.post().uri("/api/v1/offers/{id}/decline", offer.id()).with(bearer(intruder)))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri("/api/v1/offers/{id}", offer.id()).with(bearer(intruder)))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri("/api/v1/offers").with(bearer(intruder))).hasStatusOk().bodyText()
                .isEqualTo("[]");
        assertThat(brokering.offer(offer.id(), ngo.expert()).offer().status()).hasToString("OPEN");
    }

    @Test
    void theExpertDeclinesWithAReasonOrWithout() {
        var ngo = pools.ngoPool("Api decline");
        CurrentUser second = pools.person(ngo.organisation().id(), Role.EXPERT, "Quiet Expert");
        WorkRequest talk = talk(ngo, 2);
        List<Offer> offers = brokering.sendOffers(talk.id(), List.of(ngo.expert().id(), second.id()),
                tomorrow().toInstant(), ngo.coordinator());

        assertThat(post("/api/v1/offers/" + offers.getFirst().id() + "/decline", tokens.issue(ngo.expert(), "t").secret(),
                        "{\"reason\":\"Exams that week\"}"))
                .hasStatusOk().bodyText().contains("\"status\":\"DECLINED\"", "\"declineReason\":\"Exams that week\"");
        assertThat(mvc.post().uri("/api/v1/offers/{id}/decline", offers.get(1).id()).with(Bearer.as(second, tokens)))
                .hasStatusOk().bodyJson().extractingPath("$.status").isEqualTo("DECLINED");
    }

    @Test
    void offersThatCannotBeReadOrBreakARuleAreProblemsNamingTheField() {
        var ngo = pools.ngoPool("Api bad offers");
        WorkRequest talk = talk(ngo, 1);
        String coordinator = tokens.issue(ngo.coordinator(), "test").secret();

        assertThat(post("/api/v1/requests/" + talk.id() + "/offers", coordinator, "{\"expertIds\":[]}"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson().extractingPath("$.errors[0].field").isEqualTo("respondBy");
        assertThat(offer(talk, coordinator, List.of("someone"), tomorrow()))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson().extractingPath("$.errors[0].field").isEqualTo("expertIds[0]");
        assertThat(offer(talk, coordinator, List.of(ngo.expert().id().toString()),
                        OffsetDateTime.now(HELSINKI).minusHours(1)))
                .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
                .bodyText().contains("\"field\":\"respondBy\"", "The answer deadline must be in the future.");
        assertThat(offer(talk, coordinator, List.of(), tomorrow()))
                .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
                .bodyText().contains("\"field\":\"expertIds\"", "Choose at least one expert.");
    }

    @Test
    void assignmentsStayWithinTheirOrganisationsAndNeedAReasonToCancel() {
        var ngo = pools.ngoPool("Api assignment owner");
        var other = pools.ngoPool("Api assignment stranger");
        WorkRequest talk = talk(ngo, 1);
        Offer offer = brokering.sendOffers(talk.id(), List.of(ngo.expert().id()), tomorrow().toInstant(),
                ngo.coordinator()).getFirst();
        var assignment = brokering.accept(offer.id(), ngo.expert());

        for (CurrentUser stranger : List.of(other.coordinator(), other.requester(), other.expert())) {
            assertThat(mvc.get().uri("/api/v1/assignments/{id}", assignment.id()).with(Bearer.as(stranger, tokens)))
                    .hasStatus(HttpStatus.NOT_FOUND);
        }
        assertThat(mvc.get().uri("/api/v1/assignments/{id}/calendar.ics", assignment.id())
                        .with(Bearer.as(other.expert(), tokens)))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(post("/api/v1/assignments/" + assignment.id() + "/cancel", tokens.issue(ngo.expert(), "t").secret(),
                        "{\"reason\":\" \"}"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson().extractingPath("$.errors[0].field").isEqualTo("reason");
        assertThat(mvc.get().uri("/api/v1/assignments").with(Bearer.as(ngo.expert(), tokens)))
                .hasStatusOk().bodyText().contains(assignment.id().toString(), "\"status\":\"CONFIRMED\"");
    }

    private static String notProposed(CurrentUser expert, String field) {
        return "$.notProposed[?(@.expertId == '" + expert.id() + "')]." + field;
    }

    private static List<Object> values(MvcTestResult answer, String path) {
        try {
            return JsonPath.read(answer.getResponse().getContentAsString(), path);
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private CurrentUser storyteller(TestPools.Pool ngo, String name) {
        CurrentUser expert = pools.person(ngo.organisation().id(), Role.EXPERT, name);
        expertPool.changeContact(expert.id(), 0,
                new ContactDetails(name, expert.email(), null, "698", Set.of("fi"), true, 200), expert);
        expertPool.changeWork(expert.id(), 1, new WorkPreferences(Set.of(TaskType.STORY_LARGE_AUDIENCE),
                Set.of(EngagementForm.FEE_BASED_ASSIGNMENT)), expert);
        return expert;
    }

    /** A talk in Rovaniemi in ten days for the pool's own requester, needing this many experts. */
    private WorkRequest talk(TestPools.Pool ngo, int needed) {
        NewWorkRequest r = TestRequests.talkInDays(ngo.organisation().id(), ngo.organisation().id(), "698", 10);
        return requests.create(new NewWorkRequest(r.poolOrganisationId(), r.requesterOrganisationId(), null, r.title(),
                r.description(), r.taskType(), r.wantedAreas(), r.areasRule(), r.targetGroup(), r.audienceSize(),
                r.language(), r.startsAt(), r.endsAt(), null, null, false, r.municipalityCode(), r.address(), null,
                needed, r.feeBasis(), null, r.contactName(), r.contactPhone(), null, null), ngo.requester());
    }

    private MvcTestResult offer(WorkRequest request, String token, List<String> expertIds, OffsetDateTime respondBy) {
        String ids = String.join(",", expertIds.stream().map(id -> "\"" + id + "\"").toList());
        return post("/api/v1/requests/" + request.id() + "/offers", token,
                "{\"expertIds\":[" + ids + "],\"respondBy\":\"" + respondBy + "\"}");
    }

    private MvcTestResult post(String uri, String token, String body) {
        return mvc.post().uri(uri).with(bearer(token)).contentType(MediaType.APPLICATION_JSON).content(body).exchange();
    }

    private static OffsetDateTime tomorrow() {
        return OffsetDateTime.now(HELSINKI).plusDays(1).truncatedTo(ChronoUnit.MINUTES);
    }
}
