package fi.valita.api;

import static org.assertj.core.api.Assertions.assertThat;

import fi.valita.TestPools;
import fi.valita.ValitaTest;
import fi.valita.assignments.Brokering;
import fi.valita.experts.TaskType;
import fi.valita.requests.AreasRule;
import fi.valita.requests.FeeBasis;
import fi.valita.requests.NewWorkRequest;
import fi.valita.requests.RequestStatus;
import fi.valita.requests.WorkRequests;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Completion, confirmation and feedback through the API, with the pages' rules. */
@ValitaTest
class ApiAfterWorkTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestPools pools;

    @Autowired
    WorkRequests requests;

    @Autowired
    Brokering brokering;

    @Autowired
    ApiTokens tokens;

    @Test
    void expertReportsRequesterConfirmsAndBothSeeEachOthersFeedbackOnlyAfterGivingTheirOwn() {
        var ngo = pools.ngoPool("API after-work NGO");
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Helsinki"));
        var request = requests.create(new NewWorkRequest(ngo.organisation().id(), ngo.organisation().id(), null,
                "Peer support this week", null, TaskType.PEER_SUPPORT_ONE_TO_ONE, List.of(), AreasRule.ANY, null, null,
                "fi", null, null, today, today.plusDays(3), false, "091", null, null, 1, FeeBasis.VOLUNTEER, null,
                "Contact Person", null, null, null), ngo.requester());
        var offer = brokering.sendOffers(request.id(), List.of(ngo.expert().id()),
                Instant.now().plus(1, ChronoUnit.DAYS), ngo.coordinator()).getFirst();
        String assignment = brokering.accept(offer.id(), ngo.expert()).id().toString();
        var expert = Bearer.as(ngo.expert(), tokens);
        var requester = Bearer.as(ngo.requester(), tokens);

        assertThat(mvc.post().uri("/api/v1/assignments/{id}/completion", assignment).with(requester)
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"hours": 2.5, "travelKm": 12, "debriefWanted": true}"""))
                .as("only the assignment's own expert reports the work").hasStatus4xxClientError();
        assertThat(mvc.post().uri("/api/v1/assignments/{id}/completion", assignment).with(expert)
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"hours": 0, "travelKm": -1, "debriefWanted": false}"""))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyText().contains("hours", "travelKm");
        assertThat(mvc.post().uri("/api/v1/assignments/{id}/completion", assignment).with(expert)
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"hours": 2.5, "travelKm": 12, "travelCostsCents": 580, "debriefWanted": true}"""))
                .hasStatusOk().bodyJson().extractingPath("$.hours").isEqualTo(2.5);

        assertThat(mvc.post().uri("/api/v1/assignments/{id}/confirmation", assignment).with(requester))
                .hasStatusOk().bodyJson().extractingPath("$.confirmedAt").isNotNull();
        assertThat(requests.get(request.id(), ngo.requester()).status()).isEqualTo(RequestStatus.DONE);

        assertThat(mvc.post().uri("/api/v1/assignments/{id}/feedback", assignment).with(expert)
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"rating": 5, "comment": "Warm welcome"}"""))
                .hasStatusOk().bodyJson().extractingPath("$.fromExpert.rating").isEqualTo(5);
        assertThat(mvc.get().uri("/api/v1/assignments/{id}/feedback", assignment).with(requester))
                .as("the requester has not given theirs yet").hasStatusOk().bodyJson()
                .extractingPath("$.fromExpert").isNull();
        assertThat(mvc.post().uri("/api/v1/assignments/{id}/feedback", assignment).with(requester)
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"rating": 4}"""))
                .hasStatusOk().bodyJson().extractingPath("$.fromExpert.comment").isEqualTo("Warm welcome");
        assertThat(mvc.post().uri("/api/v1/assignments/{id}/feedback", assignment).with(requester)
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"rating": 3}"""))
                .as("once per side").hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
    }

    @Test
    void aCompletionWithOnlyTheHoursIsTakenAndOneWithoutThemNamesTheField() {
        var ngo = pools.ngoPool("API short report NGO");
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Helsinki"));
        var request = requests.create(new NewWorkRequest(ngo.organisation().id(), ngo.organisation().id(), null,
                "Peer support today", null, TaskType.PEER_SUPPORT_ONE_TO_ONE, List.of(), AreasRule.ANY, null, null,
                "fi", null, null, today, today.plusDays(1), false, "091", null, null, 1, FeeBasis.VOLUNTEER, null,
                "Contact Person", null, null, null), ngo.requester());
        var offer = brokering.sendOffers(request.id(), List.of(ngo.expert().id()),
                Instant.now().plus(1, ChronoUnit.DAYS), ngo.coordinator()).getFirst();
        String assignment = brokering.accept(offer.id(), ngo.expert()).id().toString();
        var expert = Bearer.as(ngo.expert(), tokens);

        assertThat(mvc.post().uri("/api/v1/assignments/{id}/completion", assignment).with(expert)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"travelKm\": \"far\"}"))
                .hasStatus(HttpStatus.BAD_REQUEST).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyText().contains("\"field\":\"travelKm\"", "Must be a whole number.");
        assertThat(mvc.post().uri("/api/v1/assignments/{id}/completion", assignment).with(expert)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"travelKm\": 5}"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText().contains("\"field\":\"hours\"", "Required: give a value.");
        var done = mvc.post().uri("/api/v1/assignments/{id}/completion", assignment).with(expert)
                .contentType(MediaType.APPLICATION_JSON).content("{\"hours\": 1.5}").exchange();
        assertThat(done).hasStatusOk().bodyJson().extractingPath("$.travelKm").isEqualTo(0);
        assertThat(done).bodyJson().extractingPath("$.debriefWanted").isEqualTo(false);
        assertThat(done).bodyJson().extractingPath("$.travelCostsCents").isNull();
    }

    @Test
    void anotherOrganisationCannotReportConfirmOrRate() {
        var ngo = pools.ngoPool("API owner NGO");
        var stranger = pools.ngoPool("API stranger NGO");
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Helsinki"));
        var request = requests.create(new NewWorkRequest(ngo.organisation().id(), ngo.organisation().id(), null,
                "Lobby this week", null, TaskType.LOBBY_PRESENCE, List.of(), AreasRule.ANY, null, null, "fi", null, null,
                today, today.plusDays(2), false, "091", null, null, 1, FeeBasis.VOLUNTEER, null, "Contact Person", null,
                null, null), ngo.requester());
        var offer = brokering.sendOffers(request.id(), List.of(ngo.expert().id()),
                Instant.now().plus(1, ChronoUnit.DAYS), ngo.coordinator()).getFirst();
        String assignment = brokering.accept(offer.id(), ngo.expert()).id().toString();

        for (var outsider : List.of(stranger.coordinator(), stranger.requester(), stranger.expert())) {
            assertThat(mvc.post().uri("/api/v1/assignments/{id}/confirmation", assignment)
                    .with(Bearer.as(outsider, tokens))).hasStatus(HttpStatus.NOT_FOUND);
            assertThat(mvc.get().uri("/api/v1/assignments/{id}/feedback", assignment)
                    .with(Bearer.as(outsider, tokens))).hasStatus(HttpStatus.NOT_FOUND);
        }
    }
}
