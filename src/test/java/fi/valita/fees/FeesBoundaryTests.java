package fi.valita.fees;

import static fi.valita.access.PagePolicy.roles;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import fi.valita.access.PagePolicy;
import fi.valita.access.PagePolicy.Outcome;
import fi.valita.access.PagePolicy.Page;
import fi.valita.TestPools;
import fi.valita.TestPools.Pool;
import fi.valita.ValitaTest;
import fi.valita.assignments.AfterWork;
import fi.valita.assignments.Brokering;
import fi.valita.identity.CurrentUser;
import fi.valita.requests.WorkRequests;
import fi.valita.shared.Money;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Every fee page, for every role of the organisation whose work it is and of another one: the table
 * below is the fee pages' access policy, and each row is tried for real. A change posted from another
 * organisation changes nothing.
 */
@ValitaTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FeesBoundaryTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestPools pools;

    @Autowired
    Rates rates;

    @Autowired
    FeeLines feeLines;

    @Autowired
    FeeParameters parameters;

    @Autowired
    WorkRequests requests;

    @Autowired
    Brokering brokering;

    @Autowired
    AfterWork afterWork;

    TestFees.Worked work;
    Pool a;
    Pool b;
    Rate rateOfA;
    FeeParameter parameter;
    List<Page> pages;

    @BeforeAll
    void twoOrganisationsAndWorkOfTheFirst() {
        work = new TestFees(pools, rates, feeLines, requests, brokering, afterWork).hourlyWork("Fees boundary A");
        a = work.pool();
        b = pools.ngoPool("Fees boundary B");
        rateOfA = rates.ofMyOrganisation(a.coordinator()).getFirst();
        parameter = parameters.history(FeeParameter.KM_ALLOWANCE_PER_KM).getFirst();

        var coordinatorsOnly = roles(Outcome.OK, Outcome.OK, Outcome.FORBIDDEN, Outcome.FORBIDDEN);
        var coordinatorsOnlyOtherOrg = roles(Outcome.NOT_FOUND, Outcome.NOT_FOUND, Outcome.FORBIDDEN, Outcome.FORBIDDEN);
        var adminOnly = roles(Outcome.OK, Outcome.FORBIDDEN, Outcome.FORBIDDEN, Outcome.FORBIDDEN);
        // A national row is the platform operator's: no organisation's admin ends it (NationalParametersTests)
        var nobodyOfAnOrganisation = roles(Outcome.FORBIDDEN, Outcome.FORBIDDEN, Outcome.FORBIDDEN, Outcome.FORBIDDEN);
        // The expert and the pool's coordinators; the requester side may see the assignment but not the fees.
        var workFees = roles(Outcome.OK, Outcome.OK, Outcome.OK, Outcome.FORBIDDEN);
        var workFeesOtherOrg = roles(Outcome.NOT_FOUND, Outcome.NOT_FOUND, Outcome.NOT_FOUND, Outcome.NOT_FOUND);
        var expertsOwn = roles(Outcome.FORBIDDEN, Outcome.FORBIDDEN, Outcome.OK, Outcome.FORBIDDEN);
        String assignment = "/assignments/" + work.assignment();

        pages = new ArrayList<>(List.of(
                new Page("/coordinator/fees", coordinatorsOnly, coordinatorsOnly),
                new Page("/coordinator/fees/" + work.fee().id(), coordinatorsOnly, coordinatorsOnlyOtherOrg),
                new Page("/coordinator/rates", coordinatorsOnly, coordinatorsOnly),
                new Page("/coordinator/rates/" + rateOfA.id() + "/end", coordinatorsOnly, coordinatorsOnlyOtherOrg),
                new Page("/admin/fee-parameters", adminOnly, adminOnly),
                new Page("/admin/fee-parameters/" + parameter.id() + "/end", nobodyOfAnOrganisation,
                        nobodyOfAnOrganisation),
                new Page(assignment + "/fees", workFees, workFeesOtherOrg),
                new Page(assignment + "/fees/decline", expertsOwn, workFeesOtherOrg)));
    }

    @Test
    void everyFeePageAnswersEachRoleOfBothOrganisationsAsThePolicySays() {
        PagePolicy.assertPolicy(mvc, pages, a, b);
    }

    @Test
    void signedOutVisitorsAreSentToSignIn() {
        PagePolicy.assertSignInRequired(mvc, pages);
    }

    @Test
    void anotherOrganisationsListsNeverShowTheFirstOnesWork() {
        for (CurrentUser viewer : List.of(b.admin(), b.coordinator())) {
            assertThat(mvc.get().uri("/coordinator/fees").with(user(viewer))).bodyText()
                    .doesNotContain("Work this week", a.organisation().name());
            assertThat(mvc.get().uri("/coordinator/rates?lang=en").with(user(viewer))).bodyText()
                    .doesNotContain("€20.00");
        }
    }

    @Test
    void changesFromAnotherOrganisationChangeNothing() {
        var fee = work.fee().id();
        for (CurrentUser outsider : List.of(b.admin(), b.coordinator())) {
            assertThat(mvc.post().uri("/coordinator/fees/{id}/approval", fee).with(user(outsider)).with(csrf())
                    .param("version", "0")).hasStatus(404);
            assertThat(mvc.post().uri("/coordinator/fees/{id}/correction", fee).with(user(outsider)).with(csrf())
                    .param("total", "1").param("reason", "Mine now").param("version", "0")).hasStatus(404);
            assertThat(mvc.post().uri("/coordinator/fees/approval").with(user(outsider)).with(csrf())
                    .param("line", fee + ":0")).hasStatus3xxRedirection()
                    .flash().containsEntry("refusal", "fees.review.approve-all.changed");
            assertThat(mvc.post().uri("/coordinator/rates/{id}/end", rateOfA.id()).with(user(outsider)).with(csrf())
                    .param("validTo", LocalDate.now(ZoneId.of("Europe/Helsinki")).toString())).hasStatus(404);
        }
        for (CurrentUser outsider : List.of(b.expert(), a.requester(), b.requester())) {
            var status = mvc.post().uri("/assignments/{id}/fees/decline", work.assignment()).with(user(outsider))
                    .with(csrf()).param("line", fee.toString()).exchange().getResponse().getStatus();
            assertThat(status).as("declining as %s", outsider.role()).isIn(403, 404);
        }
        for (CurrentUser notAdmin : List.of(a.coordinator(), a.expert(), a.requester())) {
            assertThat(mvc.post().uri("/admin/fee-parameters/{id}/end", parameter.id()).with(user(notAdmin))
                    .with(csrf()).param("validTo", "2026-01-01")).hasStatus(403);
        }

        var line = feeLines.revision(fee, a.coordinator());
        assertThat(line.line().status()).isEqualTo(FeeLineStatus.DRAFT);
        assertThat(line.line().total()).isEqualTo(Money.parse("40"));
        assertThat(feeLines.history(fee, a.coordinator())).isEmpty();
        assertThat(rates.get(rateOfA.id(), a.coordinator()).validTo()).isNull();
        assertThat(parameters.history(FeeParameter.KM_ALLOWANCE_PER_KM).getFirst()).isEqualTo(parameter);
    }
}
