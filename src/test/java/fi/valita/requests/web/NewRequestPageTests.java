package fi.valita.requests.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import fi.valita.ErrorSummary;
import fi.valita.TestPools;
import fi.valita.ValitaTest;
import fi.valita.experts.ExperienceArea;
import fi.valita.experts.ExpertPool;
import fi.valita.experts.TaskType;
import fi.valita.identity.CurrentUser;
import fi.valita.requests.AreasRule;
import fi.valita.requests.FeeBasis;
import fi.valita.requests.RequestStatus;
import fi.valita.requests.WorkRequest;
import fi.valita.requests.WorkRequests;
import fi.valita.shared.Dates;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@ValitaTest
class NewRequestPageTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestPools pools;

    @Autowired
    WorkRequests requests;

    @Autowired
    ExpertPool expertPool;

    @Test
    void formStartsWithTheSignedInRequesterAsContactAndTheAreasOfTheirPool() {
        var ngo = pools.ngoPool("Form NGO");
        var school = pools.clientOf(ngo, "Form School");
        ExperienceArea area = expertPool.areasOfPool(ngo.organisation().id()).getFirst();

        assertThat(mvc.get().uri("/requests/new?lang=en").with(user(school.requester()))).hasStatusOk().bodyText()
                .contains("value=\"" + school.requester().email() + "\"", "value=\"" + school.requester().displayName() + "\"",
                        "id=\"wantedAreas-" + area.id() + "\"", area.nameEn(), ngo.organisation().name(),
                        "Never write a client&#39;s name", "Telling my story to a large audience", "Rovaniemi");
    }

    @Test
    void requesterSendsARequestAndItIsSavedInHelsinkiTimeWithTheSumInCents() {
        var ngo = pools.ngoPool("Create NGO");
        var school = pools.clientOf(ngo, "Create School");
        List<ExperienceArea> areas = expertPool.areasOfPool(ngo.organisation().id());

        MvcTestResult result = RequestFormPosts.talk(mvc, ngo.organisation().id())
                .with("feeBasis", "AGREED_SUM").with("agreedSum", "150,50").with("areasRule", "ALL")
                .by(school.requester(), areas.get(0).id().toString(), areas.get(1).id().toString());

        List<WorkRequest> saved = requests.ofMyOrganisation(school.requester());
        assertThat(saved).hasSize(1);
        WorkRequest request = saved.getFirst();
        assertThat(result).hasStatus3xxRedirection().hasRedirectedUrl("/requests/" + request.id());
        assertThat(request.title()).isEqualTo("Recovery story for nursing students");
        assertThat(request.poolOrganisationId()).isEqualTo(ngo.organisation().id());
        assertThat(request.requesterOrganisationId()).isEqualTo(school.organisation().id());
        assertThat(request.taskType()).isEqualTo(TaskType.STORY_LARGE_AUDIENCE);
        assertThat(request.wantedAreas()).containsExactlyInAnyOrder(areas.get(0).id(), areas.get(1).id());
        assertThat(request.areasRule()).isEqualTo(AreasRule.ALL);
        assertThat(request.startsAt()).isEqualTo(
                RequestFormPosts.inDays(10).atTime(LocalTime.of(9, 0)).atZone(RequestFormPosts.HELSINKI).toInstant());
        assertThat(request.endsAt()).isEqualTo(
                RequestFormPosts.inDays(10).atTime(LocalTime.of(11, 0)).atZone(RequestFormPosts.HELSINKI).toInstant());
        assertThat(request.municipalityCode()).isEqualTo("698");
        assertThat(request.audienceSize()).isEqualTo(40);
        assertThat(request.feeBasis()).isEqualTo(FeeBasis.AGREED_SUM);
        assertThat(request.agreedFeeCents()).isEqualTo(15050L);
        assertThat(request.status()).isEqualTo(RequestStatus.NEW);

        assertThat(mvc.get().uri("/requests/" + request.id() + "?lang=en").with(user(school.requester()))).hasStatusOk()
                .bodyText().contains("Recovery story for nursing students", "Received", "Rovaniemi", "Jokiväylä 11",
                        Dates.span(request.startsAt(), request.endsAt(), Locale.ENGLISH), "09:00–11:00", "150.50 €",
                        areas.get(0).nameEn(), "All of these:");
    }

    @Test
    void aWindowOfDaysAndRemoteWorkWithTheLinkSentLater() {
        var ngo = pools.ngoPool("Window NGO");
        var requester = ngo.requester();

        RequestFormPosts.talk(mvc, ngo.organisation().id())
                .with("timing", "WINDOW").with("windowFrom", RequestFormPosts.inDays(20).toString())
                .with("windowTo", RequestFormPosts.inDays(30).format(DateTimeFormatter.ofPattern("d.M.yyyy")))
                .with("place", "REMOTE").with("remoteLink", "").with("feeBasis", "VOLUNTEER").with("expertsNeeded", "3")
                .by(requester);

        WorkRequest request = requests.ofMyOrganisation(requester).getFirst();
        assertThat(request.startsAt()).isNull();
        assertThat(request.windowFrom()).isEqualTo(RequestFormPosts.inDays(20));
        assertThat(request.windowTo()).isEqualTo(RequestFormPosts.inDays(30));
        assertThat(request.remote()).isTrue();
        assertThat(request.municipalityCode()).isNull();
        assertThat(request.expertsNeeded()).isEqualTo(3);
        assertThat(mvc.get().uri("/requests/" + request.id() + "?lang=en").with(user(requester))).bodyText()
                .contains("Remote", "the link is sent later", "day to be agreed", "Volunteer work");
    }

    @Test
    void missingTitleIsShownBesideItAndNothingIsSaved() {
        assertRefused(post -> post.with("title", " "), "title", "Fill in this field.");
    }

    @Test
    void endBeforeStartIsShownBesideTheEndTime() {
        assertRefused(post -> post.with("startTime", "11:00").with("endTime", "09:00"), "endTime",
                "The end must be after the start.");
    }

    @Test
    void aTimeInThePastIsShownBesideTheDate() {
        assertRefused(post -> post.with("date", RequestFormPosts.inDays(-1).toString()), "date",
                "The time must be in the future.");
    }

    @Test
    void onSiteWithoutAMunicipalityIsShownBesideTheMunicipality() {
        assertRefused(post -> post.with("municipalityCode", ""), "municipalityCode",
                "Choose the municipality where the work is.");
    }

    @Test
    void agreedSumMissingOrNotANumberIsShownBesideTheSum() {
        assertRefused(post -> post.with("feeBasis", "AGREED_SUM").with("agreedSum", ""), "agreedSum",
                "Write the agreed sum.");
        assertRefused(post -> post.with("feeBasis", "AGREED_SUM").with("agreedSum", "abc"), "agreedSum",
                "Write the sum in euros, for example 150 or 150,50.");
    }

    @Test
    void unreadableDatesAndNumbersAreShownBesideTheirFields() {
        assertRefused(post -> post.with("date", "next week"), "date", "Write the date as 31.12.2026.");
        assertRefused(post -> post.with("startTime", "morning"), "startTime", "Write the time as 9:30 or 9.30.");
        assertRefused(post -> post.with("expertsNeeded", "many"), "expertsNeeded", "Write a whole number from 1 to 20.");
        assertRefused(post -> post.with("audienceSize", "0"), "audienceSize", "Write a whole number from 1 to 100000.");
    }

    @Test
    void everyMistakeComesInOneSubmitWithTheTypedValuesKeptAndTheSummaryInPageOrder() {
        var ngo = pools.ngoPool("One Round NGO");

        MvcTestResult result = RequestFormPosts.talk(mvc, ngo.organisation().id())
                .with("title", " ").with("taskType", "").with("targetGroup", "Nurses").with("audienceSize", "kaksi")
                .with("date", RequestFormPosts.inDays(-1).toString()).with("municipalityCode", "")
                .with("feeBasis", "AGREED_SUM").with("agreedSum", "").with("contactName", "")
                .by(ngo.requester());

        assertThat(result).hasStatusOk().bodyText().contains("value=\"kaksi\"", "value=\"Nurses\"",
                "value=\"09:00\"", "id=\"municipalityCode-error\"", "id=\"agreedSum-error\"", "id=\"date-error\"");
        ErrorSummary summary = ErrorSummary.of(result);
        assertThat(summary.fields()).containsExactly("title", "taskType", "audienceSize", "date", "municipalityCode",
                "agreedSum", "contactName");
        assertThat(summary.texts()).contains("Short name of the work: fill in this field.",
                "Municipality: choose the municipality where the work is.", "Agreed sum in euros: write the agreed sum.",
                "Date: the time must be in the future.");
        assertThat(requests.ofMyOrganisation(ngo.requester())).isEmpty();
    }

    @Test
    void aWindowThatEndsBeforeItStartsComesWithTheOtherMistakes() {
        var ngo = pools.ngoPool("Window Round NGO");

        MvcTestResult result = RequestFormPosts.talk(mvc, ngo.organisation().id())
                .with("timing", "WINDOW").with("windowFrom", RequestFormPosts.inDays(20).toString())
                .with("windowTo", RequestFormPosts.inDays(10).toString()).with("title", "").by(ngo.requester());

        assertThat(ErrorSummary.of(result).fields()).containsExactly("title", "windowTo");
    }

    @Test
    void numbersAreReadAsPeopleTypeThemAndTheirFieldsHaveANumberKeyboard() {
        var ngo = pools.ngoPool("Typed Numbers NGO");

        assertThat(mvc.get().uri("/requests/new").with(user(ngo.requester()))).bodyText()
                .containsPattern("id=\"audienceSize\"[^>]*inputmode=\"numeric\"")
                .containsPattern("id=\"expertsNeeded\"[^>]*inputmode=\"numeric\"")
                .containsPattern("id=\"agreedSum\"[^>]*inputmode=\"decimal\"");
        RequestFormPosts.talk(mvc, ngo.organisation().id()).with("audienceSize", "1 500 hlö")
                .with("expertsNeeded", "2 kpl").with("feeBasis", "AGREED_SUM").with("agreedSum", "1 250,50 €")
                .by(ngo.requester());

        WorkRequest saved = requests.ofMyOrganisation(ngo.requester()).getFirst();
        assertThat(saved.audienceSize()).isEqualTo(1500);
        assertThat(saved.expertsNeeded()).isEqualTo(2);
        assertThat(saved.agreedFeeCents()).isEqualTo(125_050L);
    }

    @Test
    void tamperedChoicesAreShownBesideTheirFields() {
        assertRefused(post -> post.with("taskType", "BRAIN_SURGERY"), "taskType", "Choose the kind of work from the list.");
        assertRefused(post -> post.with("language", "xx"), "language", "Choose the language from the list.");
        assertRefused(post -> post.with("municipalityCode", "999"), "municipalityCode", "Choose the municipality from the list.");
        assertRefused(post -> post.with("timing", "SOMETIME"), "timing", "Choose when the work is.");
        assertRefused(post -> post.with("feeBasis", "FREE_BEER"), "feeBasis", "Check this value.");
    }

    @Test
    void anAreaOfAnotherPoolOrNotAnIdIsRefused() {
        var ngo = pools.ngoPool("Area NGO");
        var other = pools.ngoPool("Other area NGO");
        String foreignArea = expertPool.areasOfPool(other.organisation().id()).getFirst().id().toString();

        for (String area : List.of(foreignArea, "not-an-id")) {
            MvcTestResult result = RequestFormPosts.talk(mvc, ngo.organisation().id()).by(ngo.requester(), area);
            assertThat(result).hasStatusOk().bodyText().contains("id=\"wantedAreas-error\"", "Choose from the list.",
                    "href=\"#wantedAreas\"");
        }
        assertThat(requests.ofMyOrganisation(ngo.requester())).isEmpty();
    }

    @Test
    void aPoolThatDoesNotServeTheRequesterIsRefused() {
        var ngo = pools.ngoPool("Tamper NGO");
        var school = pools.clientOf(ngo, "Tamper School");
        var stranger = pools.ngoPool("Stranger pool");

        for (String pool : List.of(stranger.organisation().id().toString(), "not-an-id")) {
            MvcTestResult result = RequestFormPosts.talk(mvc, ngo.organisation().id()).with("poolOrganisationId", pool)
                    .by(school.requester());
            assertThat(result).hasStatusOk().bodyText().contains("id=\"poolOrganisationId-error\"",
                    "This pool does not take requests from this organisation.");
        }
        assertThat(requests.ofMyOrganisation(school.requester())).isEmpty();
    }

    @Test
    void coordinatorEntersARequestOnBehalfOfAClientOrganisation() {
        var ngo = pools.ngoPool("Phone NGO");
        var school = pools.clientOf(ngo, "Phone School");
        var notAClient = pools.clientOf(pools.ngoPool("Elsewhere NGO"), "Elsewhere School");

        assertThat(mvc.get().uri("/requests/new").with(user(ngo.coordinator()))).hasStatusOk().bodyText()
                .contains("name=\"requesterOrganisationId\"", school.organisation().name(), ngo.organisation().name())
                .doesNotContain(notAClient.organisation().name());

        MvcTestResult refused = RequestFormPosts.talk(mvc, ngo.organisation().id())
                .with("requesterOrganisationId", notAClient.organisation().id().toString()).by(ngo.coordinator());
        assertThat(refused).hasStatusOk().bodyText().contains("id=\"requesterOrganisationId-error\"");
        assertThat(requests.ofMyOrganisation(notAClient.requester())).isEmpty();

        MvcTestResult result = RequestFormPosts.talk(mvc, ngo.organisation().id())
                .with("requesterOrganisationId", school.organisation().id().toString()).by(ngo.coordinator());

        WorkRequest request = requests.ofMyOrganisation(school.requester()).getFirst();
        assertThat(result).hasStatus3xxRedirection().hasRedirectedUrl("/coordinator/requests/" + request.id());
        assertThat(request.createdBy()).isEqualTo(ngo.coordinator().id());
        assertThat(request.poolOrganisationId()).isEqualTo(ngo.organisation().id());
    }

    @Test
    void aRequesterServedBySeveralPoolsChoosesThePoolFirst() {
        var first = pools.ngoPool("First pool");
        var second = pools.ngoPool("Second pool");
        var school = pools.clientOf(first, "Shared School");
        identityServes(second, school);

        assertThat(mvc.get().uri("/requests/new").with(user(school.requester()))).hasStatusOk().bodyText()
                .contains("name=\"pool\"", first.organisation().name(), second.organisation().name())
                .doesNotContain("name=\"title\"");
        UUID secondArea = expertPool.areasOfPool(second.organisation().id()).getFirst().id();
        assertThat(mvc.get().uri("/requests/new?lang=en&pool=" + second.organisation().id()).with(user(school.requester())))
                .hasStatusOk().bodyText().contains("name=\"title\"", "wantedAreas-" + secondArea, "Choose another pool");
    }

    @Autowired
    fi.valita.identity.Identity identity;

    private void identityServes(TestPools.Pool pool, TestPools.Client client) {
        identity.serveClient(pool.organisation().id(), client.organisation().id());
    }

    private void assertRefused(java.util.function.UnaryOperator<RequestFormPosts> change, String field, String message) {
        var ngo = pools.ngoPool("Refusing NGO");
        CurrentUser requester = ngo.requester();
        MvcTestResult result = change.apply(RequestFormPosts.talk(mvc, ngo.organisation().id())).by(requester);
        assertThat(result).hasStatusOk().bodyText()
                .contains("id=\"" + field + "-error\"", message, "href=\"#" + field + "\"", "id=\"error-summary\"");
        assertThat(requests.ofMyOrganisation(requester)).as(field).isEmpty();
    }
}
