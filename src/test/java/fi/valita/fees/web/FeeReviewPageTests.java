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
import fi.valita.identity.Role;
import fi.valita.requests.WorkRequests;
import fi.valita.shared.Money;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The coordinator's fee review: the month's lines by assignment with totals, approvals, and corrections with history. */
@ValitaTest
class FeeReviewPageTests {

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

    TestFees fees;

    LocalDate today = LocalDate.now(ZoneId.of("Europe/Helsinki"));

    @BeforeEach
    void setUp() {
        fees = new TestFees(pools, rates, feeLines, requests, brokering, afterWork);
    }

    @Test
    void theMonthsLinesShowByAssignmentWithTotalsPerStatus() {
        var work = fees.hourlyWork("Review list NGO");
        feeLines.approve(work.line(FeeLineKind.TICKETS).id(), work.pool().coordinator());
        Money drafts = work.fee().total().plus(work.line(FeeLineKind.KM_ALLOWANCE).total());

        var page = mvc.get().uri("/coordinator/fees?lang=en").with(user(work.pool().coordinator()));

        assertThat(page).hasStatusOk().bodyText()
                .contains("Work this week", work.pool().organisation().name(), "2 × €20.00", "€40.00", "12 km × ",
                        "Draft", drafts.format(Locale.ENGLISH) + " (2 lines)", "Approved", "€5.80 (1 line)",
                        "Approve all 2 drafts shown");
    }

    @Test
    void filtersNarrowTheLinesAndAnotherMonthIsEmpty() {
        var work = fees.hourlyWork("Review filter NGO");
        var school = pools.clientOf(work.pool(), "Filter school");
        var coordinator = work.pool().coordinator();
        LocalDate lastMonth = today.minusMonths(1);

        assertThat(mvc.get().uri("/coordinator/fees?lang=en&status=APPROVED").with(user(coordinator)))
                .hasStatusOk().bodyText().contains("No fee lines match these choices.").doesNotContain("Work this week");
        assertThat(mvc.get().uri("/coordinator/fees?lang=en&requester=" + school.organisation().id())
                .with(user(coordinator))).bodyText().contains("No fee lines match");
        assertThat(mvc.get().uri("/coordinator/fees?lang=en&expert=" + work.pool().expert().id())
                .with(user(coordinator))).bodyText().contains("Work this week");
        assertThat(mvc.get().uri("/coordinator/fees?lang=en&from={f}&to={t}", lastMonth.withDayOfMonth(1),
                lastMonth.withDayOfMonth(lastMonth.lengthOfMonth())).with(user(coordinator)))
                .bodyText().contains("No fee lines match").doesNotContain("Work this week");
    }

    @Test
    void tamperedOrMistypedFiltersAreToldNextToTheFieldAndTheDefaultsShown() {
        var work = fees.hourlyWork("Review tamper NGO");

        var page = mvc.get().uri("/coordinator/fees?lang=en&status=PAID_TWICE&from=yesterday&expert=someone&requester="
                + pools.ngoPool("Other NGO").organisation().id()).with(user(work.pool().coordinator()));

        assertThat(page).hasStatusOk().body().asString()
                .contains("id=\"status-error\"", "id=\"from-error\"", "id=\"expert-error\"", "id=\"requester-error\"",
                        "This choice is not on the list: all are shown.", "Write the day as DD.MM.YYYY, for example 3.12.2026.",
                        "value=\"yesterday\"", "Work this week")
                .doesNotContain("id=\"to-error\"");
    }

    @Test
    void coordinatorApprovesOneLineAndComesBackToTheSameFilters() {
        var work = fees.hourlyWork("Review approve NGO");
        FeeLine fee = work.fee();
        String from = today.withDayOfMonth(1).toString();

        var answer = mvc.post().uri("/coordinator/fees/{id}/approval", fee.id()).with(user(work.pool().coordinator()))
                .with(csrf()).param("version", "0").param("status", "DRAFT").param("from", from)
                .param("to", today.toString()).param("expert", "").param("requester", "").exchange();

        assertThat(answer).hasStatus3xxRedirection().redirectedUrl()
                .isEqualTo("/coordinator/fees?status=DRAFT&from=" + from + "&to=" + today + "&expert=&requester=");
        assertThat(answer).flash().containsEntry("approved", 1);
        assertThat(status(work, fee)).isEqualTo(FeeLineStatus.APPROVED);
    }

    @Test
    void approvingAllShownApprovesExactlyTheDraftsShown() {
        var work = fees.hourlyWork("Review approve all NGO");
        var other = fees.moreWork(work.pool());

        var answer = mvc.post().uri("/coordinator/fees/approval").with(user(work.pool().coordinator())).with(csrf())
                .param("line", work.lines().stream().map(l -> l.id() + ":0").toArray(String[]::new)).exchange();

        assertThat(answer).hasStatus3xxRedirection();
        assertThat(answer).flash().containsEntry("approved", 3);
        assertThat(feeLines.ofAssignment(work.assignment(), work.pool().coordinator()))
                .allSatisfy(l -> assertThat(l.status()).isEqualTo(FeeLineStatus.APPROVED));
        assertThat(feeLines.ofAssignment(other.assignment(), work.pool().coordinator()))
                .as("not shown, not approved").allSatisfy(l -> assertThat(l.status()).isEqualTo(FeeLineStatus.DRAFT));
    }

    @Test
    void approvingAllWithATamperedOrStaleListApprovesNothing() {
        var work = fees.hourlyWork("Review approve all stale NGO");
        feeLines.correct(work.fee().id(), 4_400, "Ten minutes more", work.pool().coordinator());

        var stale = mvc.post().uri("/coordinator/fees/approval").with(user(work.pool().coordinator())).with(csrf())
                .param("line", work.lines().stream().map(l -> l.id() + ":0").toArray(String[]::new)).exchange();
        var tampered = mvc.post().uri("/coordinator/fees/approval").with(user(work.pool().coordinator())).with(csrf())
                .param("line", "not-a-line").exchange();

        assertThat(stale).flash().containsEntry("refusal", "fees.review.approve-all.changed");
        assertThat(tampered).hasStatus3xxRedirection().flash()
                .containsEntry("refusal", "fees.review.approve-all.nothing");
        assertThat(feeLines.ofAssignment(work.assignment(), work.pool().coordinator()))
                .allSatisfy(l -> assertThat(l.status()).isEqualTo(FeeLineStatus.DRAFT));
    }

    @Test
    void aCorrectionWithMistakesIsShownAgainWithEachErrorNextToItsFieldAndNothingSaved() {
        var work = fees.hourlyWork("Review correct errors NGO");
        FeeLine fee = work.fee();

        var answer = mvc.post().uri("/coordinator/fees/{id}/correction?lang=en", fee.id())
                .with(user(work.pool().coordinator())).with(csrf())
                .param("total", "forty-five").param("reason", "  ").param("version", "0").exchange();

        assertThat(answer).hasStatusOk().body().asString()
                .contains("id=\"total-error\"", "id=\"reason-error\"", "href=\"#total\"", "href=\"#reason\"",
                        "Write the total in euros, for example 45,50.", "Write why the total is corrected.",
                        "value=\"forty-five\"")
                .containsPattern("id=\"total\"[^>]*inputmode=\"decimal\"");
        assertThat(feeLines.history(fee.id(), work.pool().coordinator())).isEmpty();
        assertThat(feeLines.revision(fee.id(), work.pool().coordinator()).line().total()).isEqualTo(Money.parse("40"));
    }

    @Test
    void aCorrectionIsSavedAndItsHistoryShownOnTheLinesPage() {
        var work = fees.hourlyWork("Review correct NGO");
        FeeLine fee = work.fee();
        var anna = pools.person(work.pool().organisation().id(), Role.COORDINATOR, "Anna Korhonen");

        var answer = mvc.post().uri("/coordinator/fees/{id}/correction", fee.id()).with(user(anna))
                .with(csrf()).param("total", "45,50 €").param("reason", "Preparation agreed by phone")
                .param("version", "0").exchange();

        assertThat(answer).hasStatus3xxRedirection().hasRedirectedUrl("/coordinator/fees/" + fee.id());
        assertThat(mvc.get().uri("/coordinator/fees/{id}?lang=en", fee.id()).with(user(work.pool().coordinator())))
                .hasStatusOk().bodyText()
                .contains("€40.00 → €45.50", "Preparation agreed by phone", "Anna Korhonen",
                        "Approve this line");
    }

    @Test
    void aCorrectionOnAnOldViewOfTheLineIsRefusedWithTheTypedValuesKept() {
        var work = fees.hourlyWork("Review correct stale NGO");
        FeeLine fee = work.fee();
        feeLines.correct(fee.id(), 0, 4_200, "Someone else first", work.pool().coordinator());

        var answer = mvc.post().uri("/coordinator/fees/{id}/correction?lang=en", fee.id())
                .with(user(work.pool().coordinator())).with(csrf())
                .param("total", "50").param("reason", "My view").param("version", "0").exchange();

        assertThat(answer).hasStatusOk().body().asString()
                .contains("Someone else changed this line at the same time.", "value=\"50\"", "My view",
                        "name=\"version\" value=\"1\"", "€42.00");
        assertThat(feeLines.history(fee.id(), work.pool().coordinator())).hasSize(1);
    }

    @Test
    void anApprovedLineMayStillBeCorrectedButNotApprovedAgain() {
        var work = fees.hourlyWork("Review approved NGO");
        var line = work.fee();
        feeLines.approve(line.id(), work.pool().coordinator());

        assertThat(mvc.get().uri("/coordinator/fees/{id}?lang=en", line.id()).with(user(work.pool().coordinator())))
                .hasStatusOk().bodyText().contains("Correct the total").doesNotContain("Approve this line");
        assertThat(mvc.post().uri("/coordinator/fees/{id}/approval", line.id()).with(user(work.pool().coordinator()))
                .with(csrf()).param("version", "1").param("back", "line"))
                .hasRedirectedUrl("/coordinator/fees/" + line.id())
                .flash().containsEntry("refusal", "fees.line.notDraft");
    }

    private FeeLineStatus status(TestFees.Worked work, FeeLine line) {
        return feeLines.revision(line.id(), work.pool().coordinator()).line().status();
    }
}
