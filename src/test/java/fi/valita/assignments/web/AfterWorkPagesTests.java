package fi.valita.assignments.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import fi.valita.ErrorSummary;
import fi.valita.TestPools;
import fi.valita.ValitaTest;
import fi.valita.assignments.AfterWork;
import fi.valita.assignments.Brokering;
import fi.valita.assignments.TestWork;
import fi.valita.identity.CurrentUser;
import fi.valita.requests.RequestStatus;
import fi.valita.requests.WorkRequests;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The assignment page after the work, for each side, and the coordinator's task list. */
@ValitaTest
class AfterWorkPagesTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestPools pools;

    @Autowired
    WorkRequests requests;

    @Autowired
    Brokering brokering;

    @Autowired
    AfterWork afterWork;

    @Autowired
    JdbcClient jdbc;

    TestWork given;

    @BeforeEach
    void setUp() {
        given = new TestWork(pools, requests, brokering, jdbc);
    }

    @Test
    void theExpertReportsHoursKilometresAndTicketsAfterTheWork() {
        var s = given.agreed("Report");
        String page = "/assignments/" + s.assignment().id();
        assertThat(get(page, s.ngo().expert())).bodyText().contains("After the work has started")
                .doesNotContain("Report the work done");
        given.started(s.assignment().id());
        assertThat(get(page, s.ngo().expert())).bodyText().contains("Report the work done", "Hours worked",
                "Were you treated badly?");
        assertThat(get(page, s.school().requester())).bodyText().doesNotContain("Report the work done",
                "Were you treated badly?");

        assertThat(complete(s, s.ngo().expert(), Map.of("hours", "2,5", "travelKm", "24", "tickets", "5,80",
                "debriefWanted", "true"))).hasRedirectedUrl(page).flash().containsEntry("done", "completed");

        Map<String, Object> row = jdbc.sql("""
                select status, reported_hours, travel_km, travel_costs_cents, debrief_wanted from assignment where id = :id""")
                .param("id", s.assignment().id()).query().singleRow();
        assertThat(row).containsEntry("status", "COMPLETED").containsEntry("travel_km", 24)
                .containsEntry("travel_costs_cents", 580L).containsEntry("debrief_wanted", true);
        assertThat((BigDecimal) row.get("reported_hours")).isEqualByComparingTo("2.5");
        assertThat(get(page, s.ngo().expert())).bodyText().contains("The work done", "2.5", "5.80 euros")
                .doesNotContain("Report the work done");
    }

    @Test
    void wrongNumbersAreShownNextToTheirFieldsAndNothingIsSaved() {
        var s = given.worked("Wrong");

        assertThat(complete(s, s.ngo().expert(), Map.of("hours", "two", "travelKm", "4,5", "tickets", "5,805")))
                .hasStatusOk().bodyText().contains("Fix these", "id=\"hours-error\"",
                        "id=\"travelKm-error\"", "id=\"tickets-error\"", "Write the hours as a number",
                        "value=\"two\"");
        assertThat(complete(s, s.ngo().expert(), Map.of("hours", "25", "travelKm", "", "tickets", "")))
                .hasStatusOk().bodyText().contains("id=\"hours-error\"", "at most 24 for each day");
        assertThat(status(s)).isEqualTo("CONFIRMED");
    }

    @Test
    void tooManyHoursAreShownTogetherWithTheTicketsThatCannotBeRead() {
        var s = given.worked("One round");

        var result = complete(s, s.ngo().expert(), Map.of("hours", "30 h", "travelKm", "24 km", "tickets", "viisi"));

        assertThat(result).hasStatusOk().bodyText().contains("id=\"hours-error\"", "at most 24 for each day",
                "id=\"tickets-error\"", "value=\"30 h\"", "value=\"24 km\"", "value=\"viisi\"")
                .doesNotContain("id=\"travelKm-error\"");
        assertThat(ErrorSummary.of(result).fields()).containsExactly("hours", "tickets");
        assertThat(ErrorSummary.of(result).texts().getFirst()).startsWith("Hours worked: hours must be more than 0");
        assertThat(status(s)).isEqualTo("CONFIRMED");
    }

    @Test
    void figuresAreReadWithTheirUnitsAndTheFieldsHaveANumberKeyboard() {
        var s = given.worked("Units");
        assertThat(get("/assignments/" + s.assignment().id(), s.ngo().expert())).bodyText()
                .containsPattern("id=\"hours\"[^>]*inputmode=\"decimal\"")
                .containsPattern("id=\"travelKm\"[^>]*inputmode=\"numeric\"")
                .containsPattern("id=\"tickets\"[^>]*inputmode=\"decimal\"")
                .contains("For example 2 or 2,5.").doesNotContain("??");

        assertThat(complete(s, s.ngo().expert(), Map.of("hours", "2,5 h", "travelKm", "24 km", "tickets", "5,80 €")))
                .hasStatus3xxRedirection();

        Map<String, Object> row = jdbc.sql("select reported_hours, travel_km, travel_costs_cents from assignment where id = :id")
                .param("id", s.assignment().id()).query().singleRow();
        assertThat((BigDecimal) row.get("reported_hours")).isEqualByComparingTo("2.5");
        assertThat(row).containsEntry("travel_km", 24).containsEntry("travel_costs_cents", 580L);
    }

    @Test
    void aTamperedCheckboxValueIsNotADebriefWishAndDoesNotBreakThePage() {
        var s = given.worked("Tampered");

        assertThat(complete(s, s.ngo().expert(), Map.of("hours", "3", "debriefWanted", "maybe")))
                .hasStatus3xxRedirection();

        assertThat(jdbc.sql("select debrief_wanted from assignment where id = :id").param("id", s.assignment().id())
                .query(Boolean.class).single()).isFalse();
    }

    @Test
    void theRequesterConfirmsTheWorkAndTheExpertCannot() {
        var s = given.worked("Confirm");
        afterWork.complete(s.assignment().id(), new BigDecimal("1.5"), 0, null, false, s.ngo().expert());
        String page = "/assignments/" + s.assignment().id();

        assertThat(get(page, s.ngo().expert())).bodyText().doesNotContain("Confirm the work");
        assertThat(mvc.post().uri(page + "/confirm").with(user(s.ngo().expert())).with(csrf()))
                .hasRedirectedUrl(page).flash().containsEntry("refusal", "assignments.error.not-a-confirmer");
        assertThat(get(page, s.school().requester())).bodyText().contains("Confirm the work", "1.5");

        assertThat(mvc.post().uri(page + "/confirm").with(user(s.school().requester())).with(csrf()))
                .hasRedirectedUrl(page).flash().containsEntry("done", "confirmed");

        assertThat(status(s)).isEqualTo("APPROVED");
        assertThat(requests.byIdForProcessing(s.request().id()).status()).isEqualTo(RequestStatus.DONE);
        assertThat(get(page, s.ngo().coordinator())).bodyText().contains("Confirmed done")
                .doesNotContain("Confirm the work");
    }

    @Test
    void feedbackIsARatingFrom1To5AndTheOthersShowsAfterGivingOnesOwn() {
        var s = given.worked("Feedback");
        afterWork.complete(s.assignment().id(), BigDecimal.TWO, 0, null, false, s.ngo().expert());
        String page = "/assignments/" + s.assignment().id();
        assertThat(get(page, s.ngo().expert())).bodyText().contains("How did it go?", "5 – Very well",
                "type=\"radio\"");

        assertThat(feedback(s.ngo().expert(), page, "9", "tampered")).hasStatusOk().bodyText()
                .contains("id=\"rating-error\"", "Choose a rating from 1 to 5", "tampered");
        assertThat(feedback(s.ngo().expert(), page, "4", "x".repeat(1001))).hasStatusOk().bodyText()
                .contains("id=\"comment-error\"");
        assertThat(ErrorSummary.of(feedback(s.ngo().expert(), page, "", "x".repeat(1001))).fields())
                .as("both mistakes at once").containsExactly("rating", "comment");
        assertThat(feedback(s.ngo().expert(), page, "4", "Lovely group")).hasRedirectedUrl(page);

        assertThat(get(page, s.school().requester())).bodyText().contains("How did it go?")
                .doesNotContain("Lovely group");
        assertThat(feedback(s.school().requester(), page, "5", "Thank you!")).hasRedirectedUrl(page);
        assertThat(get(page, s.school().requester())).bodyText().contains("Lovely group", "Your feedback",
                "From the expert").doesNotContain("How did it go?");
        assertThat(get(page, s.ngo().expert())).bodyText().contains("Thank you!", "From the requester");
    }

    @Test
    void theExpertReportsMistreatmentThatOnlyThePoolsCoordinatorsRead() {
        var s = given.worked("Report");
        var otherPool = pools.ngoPool("Other tasks NGO");
        String page = "/assignments/" + s.assignment().id();
        String words = "The contact person mocked my story";

        assertThat(get(page + "/mistreatment", s.ngo().expert())).hasStatusOk().bodyText()
                .contains("Do not write names of clients");
        assertThat(get(page + "/mistreatment", s.school().requester())).hasStatus(404);
        assertThat(get(page + "/mistreatment", s.ngo().coordinator())).hasStatus(404);
        assertThat(mvc.post().uri(page + "/mistreatment").with(user(s.ngo().expert())).with(csrf()).param("text", " ")
                .header("Accept-Language", "en")).hasStatusOk().bodyText().contains("id=\"text-error\"");
        assertThat(mvc.post().uri(page + "/mistreatment").with(user(s.ngo().expert())).with(csrf())
                .param("text", words)).hasRedirectedUrl(page).flash().containsEntry("done", "reported");

        assertThat(get("/coordinator/tasks", s.ngo().coordinator())).hasStatusOk().bodyText()
                .contains(words, "Report of mistreatment", s.request().title());
        assertThat(get("/coordinator/tasks", otherPool.coordinator())).hasStatusOk().bodyText()
                .contains("Nothing to handle").doesNotContain(words);
        for (CurrentUser notCoordinator : List.of(s.ngo().expert(), s.school().requester())) {
            assertThat(get("/coordinator/tasks", notCoordinator)).hasStatus(403);
        }
        assertThat(get(page, s.school().requester())).bodyText().doesNotContain(words);
        assertThat(get(page, s.ngo().expert())).bodyText().doesNotContain(words);
    }

    @Test
    void theCoordinatorMarksATaskHandledAndAnotherPoolCannot() {
        var s = given.worked("Handled");
        var otherPool = pools.ngoPool("Other handled NGO");
        afterWork.complete(s.assignment().id(), BigDecimal.TWO, 0, null, true, s.ngo().expert());
        String handled = "/coordinator/tasks/debriefs/" + s.assignment().id() + "/handled";

        assertThat(get("/coordinator/tasks", s.ngo().coordinator())).bodyText().contains("Wants a debrief",
                s.request().title());
        assertThat(mvc.post().uri(handled).with(user(otherPool.coordinator())).with(csrf())).hasStatus(404);
        assertThat(mvc.post().uri(handled).with(user(s.ngo().expert())).with(csrf())).hasStatus(403);
        assertThat(mvc.post().uri("/coordinator/tasks/other/" + s.assignment().id() + "/handled")
                .with(user(s.ngo().coordinator())).with(csrf())).hasStatus(404);

        assertThat(mvc.post().uri(handled).with(user(s.ngo().coordinator())).with(csrf()))
                .hasRedirectedUrl("/coordinator/tasks");
        assertThat(get("/coordinator/tasks", s.ngo().coordinator())).bodyText().contains("Nothing to handle");
    }

    @Test
    void theExpertsPageReadsInFinnishAndSwedish() {
        var s = given.worked("Languages");
        String page = "/assignments/" + s.assignment().id();

        assertThat(mvc.get().uri(page + "?lang=fi").with(user(s.ngo().expert()))).hasStatusOk().bodyText()
                .contains("Ilmoita tehty työ", "Työtunnit");
        assertThat(mvc.get().uri(page + "?lang=sv").with(user(s.ngo().expert()))).hasStatusOk().bodyText()
                .contains("Rapportera utfört arbete", "Arbetade timmar");
    }

    private MvcTestResult get(String uri, CurrentUser user) {
        return mvc.get().uri(uri).with(user(user)).header("Accept-Language", "en").exchange();
    }

    private MvcTestResult complete(TestWork.Setting s, CurrentUser user, Map<String, String> fields) {
        var request = mvc.post().uri("/assignments/{id}/complete", s.assignment().id()).with(user(user)).with(csrf())
                .header("Accept-Language", "en");
        fields.forEach(request::param);
        return request.exchange();
    }

    private MvcTestResult feedback(CurrentUser user, String page, String rating, String comment) {
        return mvc.post().uri(page + "/feedback").with(user(user)).with(csrf()).header("Accept-Language", "en")
                .param("rating", rating).param("comment", comment).exchange();
    }

    private String status(TestWork.Setting s) {
        return jdbc.sql("select status from assignment where id = :id").param("id", s.assignment().id())
                .query(String.class).single();
    }
}
