package fi.valita.assignments.web;

import static fi.valita.access.PagePolicy.roles;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import fi.valita.TestPools;
import fi.valita.ValitaTest;
import fi.valita.access.PagePolicy;
import fi.valita.access.PagePolicy.Outcome;
import fi.valita.access.PagePolicy.Page;
import fi.valita.assignments.AfterWork;
import fi.valita.assignments.Assignment;
import fi.valita.assignments.Brokering;
import fi.valita.assignments.Offer;
import fi.valita.experts.Availability;
import fi.valita.experts.ExpertPool;
import fi.valita.identity.CurrentUser;
import fi.valita.identity.Role;
import fi.valita.requests.TestRequests;
import fi.valita.requests.WorkRequest;
import fi.valita.requests.WorkRequests;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The expert's start page shows first what needs them: offers to answer, then agreed work coming up, then
 * work to report. Work done has its own heading on the list of agreed work and is never "coming up".
 */
@ValitaTest
class ExpertHomePageTests {

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
    ExpertPool expertPool;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anExpertLandsOnTheirHomeAndSeesTheOffersWaitingWithTheReplyDeadline() {
        var ngo = pools.ngoPool("Home NGO");
        Offer later = offer(ngo, request(ngo, 9), 3);
        Offer sooner = offer(ngo, request(ngo, 8), 1);

        assertThat(mvc.get().uri("/").with(user(ngo.expert()))).hasRedirectedUrl("/me");
        String home = page("/me", ngo.expert());

        assertThat(home).contains("Työtarjoukset", "Vastaathan viimeistään", "Recovery story for social-work students");
        assertThat(home.indexOf("/offers/" + sooner.id())).as("the nearest deadline first")
                .isPositive().isLessThan(home.indexOf("/offers/" + later.id()));
        assertThat(home.indexOf("Työtarjoukset</h2>")).as("offers before agreed work")
                .isLessThan(home.indexOf("Tulevat työt</h2>"));
    }

    @Test
    void upcomingWorkIsNearestFirstAndWorkToReportComesAfterIt() {
        var ngo = pools.ngoPool("Upcoming NGO");
        Assignment far = agreed(ngo, 20);
        Assignment near = agreed(ngo, 6);
        Assignment begun = agreed(ngo, 7);
        started(begun.id());

        String home = page("/me", ngo.expert());

        String upcoming = section(home, "Tulevat työt");
        assertThat(upcoming.indexOf(near.id().toString())).as("nearest first").isPositive()
                .isLessThan(upcoming.indexOf(far.id().toString()));
        assertThat(upcoming).doesNotContain(begun.id().toString());
        assertThat(section(home, "Ilmoita tehty työ")).contains("/assignments/" + begun.id());
        assertThat(section(home, "Työtarjoukset")).contains("Sinulle ei ole nyt työtarjouksia.")
                .doesNotContain("/offers/");
    }

    @Test
    void workReportedDoneIsUnderWorkDoneAndNeverUnderUpcomingEvenBeforeItsPlannedEnd() {
        var ngo = pools.ngoPool("Done NGO");
        Assignment done = agreed(ngo, 5);
        jdbc.sql("update assignment set during = tstzrange(now() - interval '1 hour', now() + interval '1 hour') where id = :id")
                .param("id", done.id()).update();
        afterWork.complete(done.id(), new BigDecimal("1"), 0, null, false, ngo.expert());

        String list = page("/assignments", ngo.expert());
        assertThat(section(list, "Tulossa")).doesNotContain(done.id().toString());
        assertThat(section(list, "Tehdyt työt")).contains("/assignments/" + done.id(), "Ilmoitettu tehdyksi");
        assertThat(section(page("/me", ngo.expert()), "Tulevat työt")).doesNotContain(done.id().toString());
    }

    @Test
    void theRequesterSeesTheSameListsWithWorkToReportAsWaitingForTheExpert() {
        var ngo = pools.ngoPool("Requester list NGO");
        Assignment begun = agreed(ngo, 5);
        started(begun.id());

        String list = page("/assignments", ngo.requester());
        assertThat(list).contains("<h1>Sovitut työt</h1>");
        assertThat(section(list, "Odottaa tekijän ilmoitusta")).contains("/assignments/" + begun.id());
        assertThat(list).doesNotContain("Ilmoita tehty työ");
    }

    @Test
    void anExpertOnABreakIsToldSoOnTheirHomeWithAWayToChangeIt() {
        var ngo = pools.ngoPool("Break home NGO");
        var me = ngo.expert();
        var profile = expertPool.profile(me.id(), me);
        expertPool.changeAvailability(me.id(), profile.version(),
                new Availability(List.of(), true, LocalDate.of(2099, 5, 31), null, null), me);

        assertThat(page("/me", me)).contains("Olet tauolla 31.5.2099 asti", "/me/profile#break");
        assertThat(page("/me", pools.ngoPool("No break NGO").expert())).doesNotContain("Olet tauolla");
    }

    @Test
    void onlyExpertsHaveAHomeAndEachSeesOnlyTheirOwnOffersAndWork() {
        var a = pools.ngoPool("Home boundary A");
        var b = pools.ngoPool("Home boundary B");
        CurrentUser colleague = pools.person(a.organisation().id(), Role.EXPERT, "Colleague");
        Offer offer = offer(a, request(a, 8), 1);
        Assignment work = agreed(a, 9);
        var expertOnly = roles(Outcome.FORBIDDEN, Outcome.FORBIDDEN, Outcome.OK, Outcome.FORBIDDEN);

        PagePolicy.assertPolicy(mvc, List.of(new Page("/me", expertOnly, expertOnly)), a, b);
        PagePolicy.assertSignInRequired(mvc, List.of(new Page("/me", expertOnly, expertOnly)));
        for (CurrentUser other : List.of(colleague, b.expert())) {
            assertThat(page("/me", other)).doesNotContain(offer.id().toString(), work.id().toString());
        }
    }

    private String page(String path, CurrentUser user) {
        var result = mvc.get().uri(path).with(user(user)).header("Accept-Language", "fi").exchange();
        assertThat(result).hasStatusOk();
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    /** The page from the h2 with this text up to the next h2 (or the end). */
    private static String section(String html, String heading) {
        int start = html.indexOf(">" + heading + "</h2>");
        assertThat(start).as("heading %s", heading).isPositive();
        int next = html.indexOf("<h2", start);
        return next < 0 ? html.substring(start) : html.substring(start, next);
    }

    private WorkRequest request(TestPools.Pool ngo, int days) {
        return requests.create(TestRequests.talkInDays(ngo.organisation().id(), ngo.organisation().id(), "091", days),
                ngo.requester());
    }

    private Offer offer(TestPools.Pool ngo, WorkRequest request, int daysToAnswer) {
        return brokering.sendOffers(request.id(), List.of(ngo.expert().id()),
                Instant.now().plus(daysToAnswer, ChronoUnit.DAYS), ngo.coordinator()).getFirst();
    }

    private Assignment agreed(TestPools.Pool ngo, int days) {
        WorkRequest request = request(ngo, days);
        UUID offer = brokering.sendOffers(request.id(), List.of(ngo.expert().id()),
                Instant.now().plus(1, ChronoUnit.DAYS), ngo.coordinator()).getFirst().id();
        return brokering.accept(offer, brokering.agreementOffered(offer, ngo.expert()), ngo.expert());
    }

    private void started(UUID assignmentId) {
        jdbc.sql("update assignment set during = tstzrange(now() - interval '3 hours', now() - interval '1 hour') where id = :id")
                .param("id", assignmentId).update();
    }
}
