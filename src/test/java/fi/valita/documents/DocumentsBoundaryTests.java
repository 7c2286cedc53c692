package fi.valita.documents;

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
import fi.valita.assignments.Brokering;
import fi.valita.fees.RateKind;
import fi.valita.fees.Rates;
import fi.valita.identity.CurrentUser;
import fi.valita.requests.TestRequests;
import fi.valita.requests.WorkRequests;
import fi.valita.shared.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Every documents page and download, for every role of the organisation that owns the data and of another one
 * (200 / 302 / 403 / 404 as the table says), and acceptances posted by anyone but the assignment's expert
 * change nothing.
 */
@ValitaTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DocumentsBoundaryTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestPools pools;

    @Autowired
    WorkRequests workRequests;

    @Autowired
    Brokering brokering;

    @Autowired
    Rates rates;

    @Autowired
    AssignmentAgreements agreements;

    @Autowired
    JdbcClient jdbc;

    Pool a;
    Pool b;
    UUID assignmentOfA;
    List<Page> pages;

    @BeforeAll
    void twoOrganisationsWithDocuments() {
        a = pools.ngoPool("Documents boundary A");
        b = pools.ngoPool("Documents boundary B");
        var schoolOfA = pools.clientOf(a, "Documents boundary school");
        rates.add(RateKind.PER_HOUR, null, Money.parse("20,00"), 0, 0, LocalDate.now().minusYears(1), null,
                a.coordinator());
        var request = workRequests.create(
                TestRequests.talkInDays(a.organisation().id(), a.organisation().id(), "698", 9), a.requester());
        var offer = brokering.sendOffers(request.id(), List.of(a.expert().id()),
                Instant.now().plus(2, ChronoUnit.DAYS), a.coordinator()).getFirst();
        assignmentOfA = brokering.accept(offer.id(), a.expert()).id();

        var coordinatorsOnly = roles(Outcome.OK, Outcome.OK, Outcome.FORBIDDEN, Outcome.FORBIDDEN);
        var coordinatorsOnlyOtherOrg = roles(Outcome.NOT_FOUND, Outcome.NOT_FOUND, Outcome.FORBIDDEN, Outcome.FORBIDDEN);
        var expertOnly = roles(Outcome.FORBIDDEN, Outcome.FORBIDDEN, Outcome.OK, Outcome.FORBIDDEN);
        var expertRedirected = roles(Outcome.FORBIDDEN, Outcome.FORBIDDEN, Outcome.REDIRECT, Outcome.FORBIDDEN);
        var expertAndPool = roles(Outcome.OK, Outcome.OK, Outcome.OK, Outcome.NOT_FOUND);
        var nobody = roles(Outcome.NOT_FOUND, Outcome.NOT_FOUND, Outcome.NOT_FOUND, Outcome.NOT_FOUND);

        String month = YearMonth.now().minusMonths(1).toString();
        int year = Year.now().getValue();
        String invoice = "/coordinator/invoices/" + schoolOfA.organisation().id() + "?month=" + month;
        String statement = "/experts/" + a.expert().id() + "/statements/" + year;
        String agreement = "/assignments/" + assignmentOfA + "/agreement";
        pages = new ArrayList<>(List.of(
                new Page("/coordinator/invoices", coordinatorsOnly, coordinatorsOnly),
                new Page("/coordinator/invoices?month=" + month, coordinatorsOnly, coordinatorsOnly),
                new Page(invoice, coordinatorsOnly, coordinatorsOnlyOtherOrg),
                new Page(invoice + "&format=csv", coordinatorsOnly, coordinatorsOnlyOtherOrg),
                new Page(invoice + "&format=xlsx", coordinatorsOnly, coordinatorsOnlyOtherOrg),
                new Page(invoice + "&format=pdf", coordinatorsOnly, coordinatorsOnlyOtherOrg),
                new Page("/coordinator/agreements", coordinatorsOnly, coordinatorsOnly),
                new Page("/me/statements", expertRedirected, expertRedirected),
                new Page("/me/statements/" + year, expertOnly, expertOnly),
                new Page("/me/statements/" + year + ".pdf", expertOnly, expertOnly),
                new Page("/me/statements/" + year + "?format=pdf", expertOnly, expertOnly),
                new Page(statement, coordinatorsOnly, coordinatorsOnlyOtherOrg),
                new Page(statement + ".pdf", coordinatorsOnly, coordinatorsOnlyOtherOrg),
                new Page(statement + "?format=pdf", coordinatorsOnly, coordinatorsOnlyOtherOrg),
                new Page(agreement, expertAndPool, nobody),
                new Page(agreement + ".pdf", expertAndPool, nobody),
                new Page(agreement + "?format=pdf", expertAndPool, nobody)));
    }

    @Test
    void everyPageAnswersEachRoleOfBothOrganisationsAsThePolicySays() {
        PagePolicy.assertPolicy(mvc, pages, a, b);
    }

    @Test
    void signedOutVisitorsAreSentToSignInFromEveryPage() {
        PagePolicy.assertSignInRequired(mvc, pages);
    }

    @Test
    void nobodyButTheAssignmentsExpertCanAcceptItsAgreement() {
        String sha = agreements.agreement(assignmentOfA, a.expert()).agreement().contentSha256();
        for (CurrentUser someone : List.of(b.expert(), b.coordinator(), b.admin(), b.requester(), a.coordinator(),
                a.admin(), a.requester())) {
            assertThat(mvc.post().uri("/assignments/{id}/agreement", assignmentOfA).with(user(someone)).with(csrf())
                    .param("accepted", "true").param("content", sha)).as(someone.toString()).hasStatus(404);
        }
        assertThat(jdbc.sql("select count(*) from agreement_acceptance where assignment_id = :id")
                .param("id", assignmentOfA).query(Integer.class).single()).isZero();
        assertThat(agreements.agreement(assignmentOfA, a.coordinator()).state()).isEqualTo(AgreementState.NOT_ACCEPTED);
    }

    @Test
    void anotherOrganisationsSummaryNeverNamesTheFirstOnesClients() {
        assertThat(mvc.get().uri("/coordinator/invoices").with(user(b.coordinator()))).hasStatusOk().bodyText()
                .doesNotContain("Documents boundary school", a.organisation().name());
        assertThat(mvc.get().uri("/coordinator/agreements").with(user(b.coordinator()))).hasStatusOk().bodyText()
                .doesNotContain("Recovery story");
    }
}
