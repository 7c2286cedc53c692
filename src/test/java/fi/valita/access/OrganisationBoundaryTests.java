package fi.valita.access;

import static fi.valita.access.PagePolicy.roles;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import fi.valita.access.PagePolicy.Outcome;
import fi.valita.access.PagePolicy.Page;
import fi.valita.TestPools;
import fi.valita.TestPools.Pool;
import fi.valita.ValitaTest;
import fi.valita.experts.ExpertPool;
import fi.valita.identity.CurrentUser;
import fi.valita.assignments.Brokering;
import fi.valita.notifications.Mailer;
import fi.valita.requests.TestRequests;
import fi.valita.requests.WorkRequests;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Every page, for every role of the organisation that owns the data and of another one: the table
 * below is the whole access policy of the web pages, and each row is tried for real.
 */
@ValitaTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrganisationBoundaryTests {

    /** What a person may get: the page, a refusal by role, or "no such thing" for another organisation's data. */

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestPools pools;

    @Autowired
    ExpertPool expertPool;

    @Autowired
    Mailer mailer;

    @Autowired
    WorkRequests workRequests;

    @Autowired
    Brokering brokering;

    Pool a;
    Pool b;
    List<Page> pages;

    @BeforeAll
    void twoOrganisationsWithData() {
        a = pools.ngoPool("Boundary A");
        b = pools.ngoPool("Boundary B");
        String expertOfA = a.expert().id().toString();
        String areaOfA = expertPool.areasOf(a.coordinator()).getFirst().id().toString();
        String mailOfA = mailer.send("someone@a.example", "Mail of A", "Body of A", a.organisation().id()).id().toString();

        var coordinatorsOnly = roles(Outcome.OK, Outcome.OK, Outcome.FORBIDDEN, Outcome.FORBIDDEN);
        var coordinatorsOnlyOtherOrg = roles(Outcome.NOT_FOUND, Outcome.NOT_FOUND, Outcome.FORBIDDEN, Outcome.FORBIDDEN);
        var adminOnly = roles(Outcome.OK, Outcome.FORBIDDEN, Outcome.FORBIDDEN, Outcome.FORBIDDEN);
        var adminOnlyOtherOrg = roles(Outcome.NOT_FOUND, Outcome.FORBIDDEN, Outcome.FORBIDDEN, Outcome.FORBIDDEN);
        var expertOnly = roles(Outcome.FORBIDDEN, Outcome.FORBIDDEN, Outcome.OK, Outcome.FORBIDDEN);
        var requestersAndCoordinators = roles(Outcome.OK, Outcome.OK, Outcome.FORBIDDEN, Outcome.OK);

        pages = new ArrayList<>(List.of(
                new Page("/experts", coordinatorsOnly, coordinatorsOnly),
                new Page("/experts/" + expertOfA + "/profile", coordinatorsOnly, coordinatorsOnlyOtherOrg),
                new Page("/me/profile", expertOnly, expertOnly),
                new Page("/pool", requestersAndCoordinators, requestersAndCoordinators),
                new Page("/coordinator/invitations/new", coordinatorsOnly, coordinatorsOnly),
                new Page("/coordinator/experience-areas", coordinatorsOnly, coordinatorsOnly),
                new Page("/coordinator/experience-areas/" + areaOfA, coordinatorsOnly, coordinatorsOnlyOtherOrg),
                new Page("/admin/organisation", adminOnly, adminOnly),
                new Page("/admin/sent-mail", adminOnly, adminOnly),
                new Page("/admin/sent-mail/" + mailOfA, adminOnly, adminOnlyOtherOrg)));
        var openRequest = workRequests.create(
                TestRequests.talkInDays(a.organisation().id(), a.organisation().id(), "698", 10), a.requester());
        var filledRequest = workRequests.create(
                TestRequests.talkInDays(a.organisation().id(), a.organisation().id(), "698", 12), a.requester());
        var offer = brokering.sendOffers(filledRequest.id(), List.of(a.expert().id()),
                Instant.now().plus(2, ChronoUnit.DAYS), a.coordinator()).getFirst();
        var assignment = brokering.accept(offer.id(), a.expert());
        var everyone = roles(Outcome.OK, Outcome.OK, Outcome.OK, Outcome.OK);
        var everyoneOtherOrg = roles(Outcome.NOT_FOUND, Outcome.NOT_FOUND, Outcome.NOT_FOUND, Outcome.NOT_FOUND);
        var requesterPage = roles(Outcome.REDIRECT, Outcome.REDIRECT, Outcome.FORBIDDEN, Outcome.OK);
        var requesterPageOtherOrg = roles(Outcome.NOT_FOUND, Outcome.NOT_FOUND, Outcome.FORBIDDEN, Outcome.NOT_FOUND);
        var orderers = roles(Outcome.OK, Outcome.OK, Outcome.FORBIDDEN, Outcome.OK);
        var expertOnlyOtherOrg = roles(Outcome.FORBIDDEN, Outcome.FORBIDDEN, Outcome.NOT_FOUND, Outcome.FORBIDDEN);
        String request = "/coordinator/requests/" + openRequest.id();
        pages.addAll(List.of(
                new Page("/requests", requesterPage, requesterPage),
                new Page("/requests/new", orderers, orderers),
                new Page("/requests/" + openRequest.id(), requesterPage, requesterPageOtherOrg),
                new Page("/coordinator/requests", coordinatorsOnly, coordinatorsOnly),
                new Page(request, coordinatorsOnly, coordinatorsOnlyOtherOrg),
                new Page(request + "/candidates", coordinatorsOnly, coordinatorsOnlyOtherOrg),
                new Page("/coordinator/requests/" + filledRequest.id() + "/offers", coordinatorsOnly, coordinatorsOnlyOtherOrg),
                new Page("/coordinator/matching-settings", coordinatorsOnly, coordinatorsOnly),
                new Page("/coordinator/tasks", coordinatorsOnly, coordinatorsOnly),
                new Page("/offers", expertOnly, expertOnly),
                new Page("/offers/" + offer.id(), expertOnly, expertOnlyOtherOrg),
                new Page("/offers/" + offer.id() + "/agreement", expertOnly, expertOnlyOtherOrg),
                new Page("/assignments", everyone, everyone),
                new Page("/assignments/" + assignment.id(), everyone, everyoneOtherOrg),
                new Page("/notifications", everyone, everyone)));
        for (String section : SECTIONS) {
            pages.add(new Page("/experts/" + expertOfA + "/profile/" + section, coordinatorsOnly, coordinatorsOnlyOtherOrg));
            pages.add(new Page("/me/profile/" + section, expertOnly, expertOnly));
        }
    }

    private static final List<String> SECTIONS =
            List.of("contact", "experience", "work", "availability", "presentation", "trainings");

    @Test
    void everyPageAnswersEachRoleOfBothOrganisationsAsThePolicySays() {
        PagePolicy.assertPolicy(mvc, pages, a, b);
    }

    @Test
    void anotherOrganisationsListsNeverShowTheFirstOnesPeopleOrMail() {
        for (CurrentUser viewer : List.of(b.admin(), b.coordinator())) {
            for (String path : List.of("/experts", "/pool", "/coordinator/invitations/new", "/coordinator/experience-areas")) {
                assertThat(mvc.get().uri(path).with(user(viewer))).bodyText()
                        .doesNotContain(a.expert().displayName() + " ", a.expert().email(), a.organisation().name());
            }
        }
        assertThat(mvc.get().uri("/admin/sent-mail").with(user(b.admin()))).bodyText().doesNotContain("Mail of A");
    }

    @Test
    void signedOutVisitorsAreSentToSignInFromEveryPage() {
        PagePolicy.assertSignInRequired(mvc, pages);
    }

    @Test
    void changesToAnotherOrganisationsDataAreRefused() {
        String areaOfA = expertPool.areasOf(a.coordinator()).getFirst().id().toString();
        for (String path : List.of(
                "/coordinator/requests/" + workRequests.ofMyOrganisation(a.requester()).getFirst().id() + "/unfilled",
                "/coordinator/experience-areas/" + areaOfA,
                "/coordinator/experience-areas/" + areaOfA + "/deactivate")) {
            MvcTestResult result = mvc.post().uri(path).with(user(b.coordinator())).with(csrf())
                    .param("nameFi", "Muutettu").param("nameSv", "Ändrad").param("nameEn", "Changed").exchange();
            assertThat(result.getResponse().getStatus()).as(path).isEqualTo(404);
        }
        for (String section : SECTIONS) {
            String path = "/experts/" + a.expert().id() + "/profile/" + section;
            MvcTestResult result = mvc.post().uri(path).with(user(b.coordinator())).with(csrf())
                    .param("version", "0").param("displayName", "Hijacked").param("email", "x@b.example").exchange();
            assertThat(result.getResponse().getStatus()).as(path).isEqualTo(404);
        }
        assertThat(expertPool.areasOf(a.coordinator()).getFirst().active()).isTrue();
        assertThat(expertPool.profile(a.expert().id(), a.expert()).displayName()).isEqualTo(a.expert().displayName());
    }
}
