package fi.valita.fees.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import fi.valita.TestPools;
import fi.valita.ValitaTest;
import fi.valita.assignments.AfterWork;
import fi.valita.assignments.Brokering;
import fi.valita.fees.FeeLine;
import fi.valita.fees.FeeLineKind;
import fi.valita.fees.FeeLineStatus;
import fi.valita.fees.FeeLines;
import fi.valita.fees.Rates;
import fi.valita.fees.TestFees;
import fi.valita.requests.TestRequests;
import fi.valita.requests.WorkRequests;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The expert's page of what one piece of work pays, declining the fee, and the coordinator's read-only view. */
@ValitaTest
class WorkFeesPageTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestPools pools;

    @Autowired
    Rates rates;

    @Autowired
    FeeLines feeLines;

    @Autowired
    WorkRequests requests;

    @Autowired
    Brokering brokering;

    @Autowired
    AfterWork afterWork;

    @Autowired
    JdbcClient jdbc;

    TestFees fees;

    @BeforeEach
    void setUp() {
        fees = new TestFees(pools, rates, feeLines, requests, brokering, afterWork);
    }

    @Test
    void expertSeesInPlainWordsWhatWillBePaidAndHowToSayNoToTheFee() {
        var work = fees.hourlyWork("Work fees NGO");

        assertThat(mvc.get().uri("/assignments/{id}/fees", work.assignment()).with(user(work.pool().expert())))
                .hasStatusOk().bodyText()
                .contains("Palkkiosi tästä työstä", "Palkkio", "40,00\u00a0€", "Matka omalla autolla", "Matkaliput",
                        "5,80\u00a0€", "Koordinaattorisi tarkistaa tämän pian.", "En halua palkkiota tästä työstä")
                .doesNotContain("Luonnos");
    }

    @Test
    void aCorrectedFeeSaysTheCoordinatorSetIt() {
        var work = fees.hourlyWork("Work fees corrected NGO");
        feeLines.correct(work.fee().id(), 4_550, "Preparation agreed", work.pool().coordinator());

        assertThat(mvc.get().uri("/assignments/{id}/fees", work.assignment()).with(user(work.pool().expert())))
                .hasStatusOk().bodyText().contains("45,50\u00a0€",
                        "Koordinaattorisi on asettanut tämän summan. Työn mukaan laskettuna se oli 2 × 20,00\u00a0€.")
                .doesNotContain("(2 × 20,00\u00a0€)");
    }

    @Test
    void assignmentPageLinksToTheFeesOnceTheWorkIsApproved() {
        var work = fees.hourlyWork("Work fees link NGO");
        var notYet = pools.ngoPool("Work fees not yet NGO");
        var request = requests.create(TestRequests.talkInDays(notYet.organisation().id(), notYet.organisation().id(),
                "698", 5), notYet.requester());
        var offer = brokering.sendOffers(request.id(), List.of(notYet.expert().id()),
                Instant.now().plus(1, ChronoUnit.DAYS), notYet.coordinator()).getFirst();
        var unapproved = brokering.accept(offer.id(), notYet.expert());
        String link = "/assignments/" + work.assignment() + "/fees";

        assertThat(mvc.get().uri("/assignments/{id}", work.assignment()).with(user(work.pool().expert())))
                .body().asString().contains("href=\"" + link + "\"", "Palkkiosi tästä työstä");
        assertThat(mvc.get().uri("/assignments/{id}", work.assignment()).with(user(work.pool().coordinator())))
                .body().asString().contains("href=\"" + link + "\"", "Tämän työn palkkiot");
        assertThat(mvc.get().uri("/assignments/{id}", work.assignment()).with(user(work.pool().requester())))
                .body().asString().doesNotContain(link);
        assertThat(mvc.get().uri("/assignments/{id}", unapproved.id()).with(user(notYet.expert())))
                .body().asString().doesNotContain("/fees\"");
    }

    @Test
    void decliningTakesAConfirmationAndLeavesTheTravelCostsToBePaid() {
        var work = fees.hourlyWork("Work fees decline NGO");
        FeeLine fee = work.fee();

        assertThat(mvc.get().uri("/assignments/{id}/fees/decline", work.assignment()).with(user(work.pool().expert())))
                .hasStatusOk().bodyText().contains("Ei palkkiota tästä työstä?", "40,00\u00a0€", "Matkakulusi maksetaan silti.",
                        "Ei, haluan palkkion");
        assertThat(lineStatus(fee)).as("looking at the question changes nothing").isEqualTo(FeeLineStatus.DRAFT);

        assertThat(mvc.post().uri("/assignments/{id}/fees/decline", work.assignment()).with(user(work.pool().expert()))
                .with(csrf()).param("line", fee.id().toString()))
                .hasRedirectedUrl("/assignments/" + work.assignment() + "/fees");

        assertThat(lineStatus(fee)).isEqualTo(FeeLineStatus.DECLINED);
        assertThat(lineStatus(work.line(FeeLineKind.KM_ALLOWANCE))).isEqualTo(FeeLineStatus.DRAFT);
        assertThat(mvc.get().uri("/assignments/{id}/fees", work.assignment()).with(user(work.pool().expert())))
                .bodyText().contains("Kerroit, ettet halua tätä palkkiota.").doesNotContain("En halua palkkiota");
    }

    @Test
    void anExportedFeeCannotBeDeclinedAndTheExpertIsToldWhy() {
        var work = fees.hourlyWork("Work fees exported NGO");
        FeeLine fee = work.fee();
        jdbc.sql("update fee_line set status = 'EXPORTED' where id = :id").param("id", fee.id()).update();

        assertThat(mvc.get().uri("/assignments/{id}/fees", work.assignment()).with(user(work.pool().expert())))
                .bodyText().contains("Lähetetty maksuun.").doesNotContain("En halua palkkiota");
        assertThat(mvc.get().uri("/assignments/{id}/fees/decline", work.assignment()).with(user(work.pool().expert())))
                .hasStatus(404);
        assertThat(mvc.post().uri("/assignments/{id}/fees/decline", work.assignment()).with(user(work.pool().expert()))
                .with(csrf()).param("line", fee.id().toString()))
                .flash().containsEntry("refusal", "fees.line.notDeclinable");
        assertThat(lineStatus(fee)).isEqualTo(FeeLineStatus.EXPORTED);
    }

    @Test
    void onlyTheFeeOfThisAssignmentCanBeDeclinedFromItsPage() {
        var work = fees.hourlyWork("Work fees other line NGO");
        var other = fees.moreWork(work.pool());

        assertThat(mvc.post().uri("/assignments/{id}/fees/decline", work.assignment()).with(user(work.pool().expert()))
                .with(csrf()).param("line", other.fee().id().toString())).hasStatus(404);
        assertThat(mvc.post().uri("/assignments/{id}/fees/decline", work.assignment()).with(user(work.pool().expert()))
                .with(csrf()).param("line", "tampered")).hasStatus(404);
        assertThat(lineStatus(other.fee())).isEqualTo(FeeLineStatus.DRAFT);
    }

    @Test
    void coordinatorSeesTheLinesReadOnlyWithTheWayToTheReview() {
        var work = fees.hourlyWork("Work fees coordinator NGO");

        assertThat(mvc.get().uri("/assignments/{id}/fees?lang=en", work.assignment())
                .with(user(work.pool().coordinator()))).hasStatusOk().body().asString()
                .contains("Fees of this work", "Draft", "href=\"/coordinator/fees?status=&amp;from=")
                .doesNotContain("want a fee");
        assertThat(mvc.get().uri("/assignments/{id}/fees/decline", work.assignment())
                .with(user(work.pool().coordinator()))).hasStatus(403);
        assertThat(mvc.post().uri("/assignments/{id}/fees/decline", work.assignment())
                .with(user(work.pool().coordinator())).with(csrf()).param("line", work.fee().id().toString()))
                .hasStatus(403);
        assertThat(lineStatus(work.fee())).isEqualTo(FeeLineStatus.DRAFT);
    }

    private FeeLineStatus lineStatus(FeeLine line) {
        return jdbc.sql("select status from fee_line where id = :id").param("id", line.id()).query(String.class)
                .optional().map(FeeLineStatus::valueOf).orElseThrow();
    }
}
