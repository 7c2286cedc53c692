package fi.valita.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import fi.valita.TestPools;
import fi.valita.ValitaTest;
import fi.valita.api.ApiTokens;
import fi.valita.api.Bearer;
import fi.valita.assignments.AfterWork;
import fi.valita.assignments.AssignmentRefused;
import fi.valita.assignments.Brokering;
import fi.valita.assignments.NextStep;
import fi.valita.assignments.Offer;
import fi.valita.assignments.OfferStatus;
import fi.valita.experts.EngagementForm;
import fi.valita.experts.TaskType;
import fi.valita.fees.FeeHold;
import fi.valita.fees.FeeLine;
import fi.valita.fees.FeeLineKind;
import fi.valita.fees.FeeLineRefused;
import fi.valita.fees.FeeLineStatus;
import fi.valita.fees.FeeLines;
import fi.valita.fees.RateKind;
import fi.valita.fees.Rates;
import fi.valita.identity.Role;
import fi.valita.notifications.AppNotification;
import fi.valita.notifications.Notifications;
import fi.valita.requests.FeeBasis;
import fi.valita.requests.NewWorkRequest;
import fi.valita.requests.TestRequests;
import fi.valita.requests.WorkRequest;
import fi.valita.requests.WorkRequests;
import fi.valita.shared.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The assignment agreement before the work and the pay: taking fee-based work on the offer page accepts its
 * agreement as shown (its text a tap away); work taken without it is reported only after accepting; fee lines of
 * work whose agreement is not accepted as it reads now are held with the reason, in the pages and the API, and
 * released by accepting.
 */
@ValitaTest
class AgreementBeforeWorkTests {

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
    FeeLines feeLines;

    @Autowired
    Rates rates;

    @Autowired
    AssignmentAgreements agreements;

    @Autowired
    Notifications notifications;

    @Autowired
    ApiTokens tokens;

    @Autowired
    JdbcClient jdbc;

    @Test
    void onlyWorkDoneAsAFeeBasedAssignmentNeedsAnAgreement() {
        assertThat(Arrays.stream(EngagementForm.values()).filter(AssignmentAgreements::needsAgreement))
                .containsExactly(EngagementForm.FEE_BASED_ASSIGNMENT);
    }

    @Test
    void paidWorkDoneInRehabilitativeWorkActivityComesWithNoAgreementAndIsReportedWithoutOne() {
        var pool = paidPool("Rehab agreement NGO");
        pools.engage(pool.expert().id(), Set.of(EngagementForm.REHABILITATIVE_WORK_ACTIVITY));
        Offer offer = offer(pool, FeeBasis.ORGANISATION_RATE);
        assertThat(offer.engagementForm()).isEqualTo(EngagementForm.REHABILITATIVE_WORK_ACTIVITY);
        assertThat(brokering.agreementOffered(offer.id(), pool.expert())).isNull();

        UUID assignment = brokering.accept(offer.id(), null, pool.expert()).id();
        started(assignment);

        assertThat(afterWork.nextStep(assignment, pool.expert())).isEqualTo(NextStep.REPORT_WORK);
        assertThat(agreements.forAssignmentPage(assignment, pool.expert())).isNull();
        assertThat(agreements.ofPool(pool.coordinator())).isEmpty();
        assertThat(notifications.newestOf(pool.expert().id())).extracting(AppNotification::kind)
                .contains("ASSIGNMENT_CONFIRMED").doesNotContain("AGREEMENT_WAITING");
    }

    @Test
    void takingFeeBasedWorkOnTheOfferPageAcceptsItsAgreementAsShown() {
        var pool = paidPool("Offer agreement NGO");
        Offer offer = offer(pool, FeeBasis.ORGANISATION_RATE);
        String shown = Objects.requireNonNull(brokering.agreementOffered(offer.id(), pool.expert()));

        assertThat(mvc.get().uri("/offers/{id}", offer.id()).header("Accept-Language", "en").with(user(pool.expert())))
                .hasStatusOk().bodyText().contains("You do this work as an assignment for a fee: taking it also accepts its assignment agreement.", "Read the agreement",
                        "/offers/" + offer.id() + "/agreement", shown);
        assertThat(mvc.post().uri("/offers/{id}/accept", offer.id()).with(user(pool.expert())).with(csrf())
                .param("agreement", shown)).hasRedirectedUrl("/offers/" + offer.id()).flash()
                .containsEntry("outcome", "ACCEPTED");

        UUID assignment = Objects.requireNonNull(brokering.offer(offer.id(), pool.expert()).assignmentId());
        AgreementView view = agreements.agreement(assignment, pool.expert());
        assertThat(view.state()).isEqualTo(AgreementState.ACCEPTED);
        assertThat(acceptances(assignment)).isEqualTo(1);
        assertThat(notifications.newestOf(pool.expert().id())).extracting(AppNotification::kind)
                .contains("ASSIGNMENT_CONFIRMED").doesNotContain("AGREEMENT_WAITING");
    }

    @Test
    void theOffersAgreementIsATapAwayForItsOwnExpertOnly() {
        var pool = paidPool("Offer agreement text NGO");
        var other = pools.ngoPool("Offer agreement other NGO");
        Offer offer = offer(pool, FeeBasis.ORGANISATION_RATE);
        String page = "/offers/" + offer.id() + "/agreement";

        assertThat(mvc.get().uri(page).header("Accept-Language", "fi").with(user(pool.expert()))).hasStatusOk()
                .bodyText().contains("Toimeksiantosopimus", "Takaisin tarjoukseen",
                        "Kun otat työn, hyväksyt myös tämän sopimuksen.", "20,00\u00a0€ tunnilta.",
                        "Kyllä, otan työn", "Sopimuspohja 2026-1")
                .doesNotContain("Jokiväylä", "Opettaja Testinen");
        var colleague = pools.person(pool.organisation().id(), Role.EXPERT, "Colleague");
        assertThat(mvc.get().uri(page).with(user(colleague))).hasStatus(404);
        assertThat(mvc.get().uri(page).with(user(other.expert()))).hasStatus(404);
        assertThat(mvc.get().uri(page).with(user(pool.coordinator()))).hasStatus(403);
        assertThat(mvc.get().uri(page).with(user(pool.requester()))).hasStatus(403);
        assertThat(mvc.get().uri(page).with(user(other.coordinator()))).hasStatus(403);

        Offer volunteer = offer(pool, FeeBasis.VOLUNTEER);
        assertThat(brokering.agreementOffered(volunteer.id(), pool.expert())).isNull();
        assertThat(mvc.get().uri("/offers/{id}/agreement", volunteer.id()).with(user(pool.expert()))).hasStatus(404);
        assertThat(mvc.get().uri("/offers/{id}", volunteer.id()).header("Accept-Language", "en")
                .with(user(pool.expert()))).hasStatusOk().bodyText().doesNotContain("/agreement");
    }

    @Test
    void anAgreementThatChangedAfterTheOfferShowedItStopsTheWorkBeingTaken() {
        var pool = paidPool("Offer agreement changed NGO");
        Offer offer = offer(pool, FeeBasis.ORGANISATION_RATE);
        String shown = Objects.requireNonNull(brokering.agreementOffered(offer.id(), pool.expert()));
        rates.add(RateKind.PER_TASK, TaskType.STORY_LARGE_AUDIENCE, Money.parse("150,00"), 0, 0,
                LocalDate.now().minusYears(1), null, pool.coordinator());

        assertThat(mvc.post().uri("/offers/{id}/accept", offer.id()).with(user(pool.expert())).with(csrf())
                .param("agreement", shown)).hasRedirectedUrl("/offers/" + offer.id()).flash()
                .containsEntry("outcome", "AGREEMENT_CHANGED");
        assertThatThrownBy(() -> brokering.accept(offer.id(), shown, pool.expert()))
                .isInstanceOf(AssignmentRefused.class).hasMessage("assignments.error.agreement-changed");

        assertThat(brokering.offer(offer.id(), pool.expert()).offer().status()).isEqualTo(OfferStatus.OPEN);
        assertThat(jdbc.sql("select count(*) from assignment where offer_id = :id").param("id", offer.id())
                .query(Integer.class).single()).isZero();
        assertThat(mvc.get().uri("/offers/{id}", offer.id()).header("Accept-Language", "en")
                .with(user(pool.expert()))).hasStatusOk().bodyText()
                .contains(Objects.requireNonNull(brokering.agreementOffered(offer.id(), pool.expert())))
                .doesNotContain(shown);
    }

    @Test
    void workTakenWithoutItsAgreementIsReportedOnlyOnceTheExpertAcceptsIt() {
        var pool = paidPool("Report agreement NGO");
        Offer offer = offer(pool, FeeBasis.ORGANISATION_RATE);
        UUID assignment = brokering.accept(offer.id(), pool.expert()).id();
        started(assignment);
        String page = "/assignments/" + assignment;

        assertThat(afterWork.nextStep(assignment, pool.expert())).isEqualTo(NextStep.ACCEPT_AGREEMENT);
        assertThatThrownBy(() -> afterWork.complete(assignment, BigDecimal.TWO, 0, null, false, pool.expert()))
                .isInstanceOf(AssignmentRefused.class).hasMessage("assignments.error.agreement-not-accepted");
        assertThat(mvc.post().uri(page + "/complete").header("Accept-Language", "en").with(user(pool.expert()))
                .with(csrf()).param("hours", "2")).hasStatusOk().bodyText()
                .contains("Accept the assignment agreement first. Then you can report the work.");
        assertThat(mvc.post().uri("/api/v1/assignments/{id}/completion", assignment)
                .with(Bearer.as(pool.expert(), tokens)).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"hours": 2, "travelKm": 0, "debriefWanted": false}"""))
                .hasStatus(422).bodyText().contains("Accept the assignment agreement first");
        assertThat(mvc.get().uri(page).header("Accept-Language", "fi").with(user(pool.expert()))).hasStatusOk()
                .bodyText().contains("Hyväksy ensin toimeksiantosopimus", "Lue sopimus",
                        "Olen lukenut sopimuksen ja hyväksyn sen")
                .doesNotContain("Ilmoita tehty työ");
        assertThat(mvc.get().uri(page).header("Accept-Language", "fi").with(user(pool.requester()))).hasStatusOk()
                .bodyText().doesNotContain("Hyväksy ensin toimeksiantosopimus");

        String sha = agreements.agreement(assignment, pool.expert()).agreement().contentSha256();
        assertThat(mvc.post().uri(page + "/agreement").with(user(pool.expert())).with(csrf())
                .param("accepted", "true").param("content", sha).param("next", "assignment"))
                .hasRedirectedUrl(page).flash().containsEntry("done", "agreement");

        assertThat(afterWork.nextStep(assignment, pool.expert())).isEqualTo(NextStep.REPORT_WORK);
        assertThat(afterWork.complete(assignment, BigDecimal.TWO, 0, null, false, pool.expert()).hours())
                .isEqualByComparingTo("2");
    }

    @Test
    void volunteerWorkIsTakenAndReportedWithoutAnAgreement() {
        var pool = paidPool("Volunteer report NGO");
        Offer offer = offer(pool, FeeBasis.VOLUNTEER);
        UUID assignment = brokering.accept(offer.id(), null, pool.expert()).id();
        started(assignment);

        assertThat(afterWork.nextStep(assignment, pool.expert())).isEqualTo(NextStep.REPORT_WORK);
        assertThat(afterWork.complete(assignment, BigDecimal.ONE, 0, null, false, pool.expert()).hours())
                .isEqualByComparingTo("1");
    }

    @Test
    void feeLinesOfWorkWhoseAgreementChangedAreHeldWithTheReasonUntilTheExpertAcceptsAgain() {
        var pool = paidPool("Held fees NGO");
        UUID assignment = work().done(pool, pool.requester(), "Held fee work", FeeBasis.ORGANISATION_RATE, null, "2",
                10, null);
        FeeLine fee = line(assignment, pool, FeeLineKind.FEE);
        assertThat(feeLines.holds(List.of(assignment), pool.coordinator())).isEmpty();
        // The pool's card gets a rate of its own for teaching, from before the work: the agreement's fee changes.
        rates.add(RateKind.PER_TASK, TaskType.TEACHING, Money.parse("150,00"), 0, 0, LocalDate.now().minusYears(1),
                null, pool.coordinator());

        assertThat(feeLines.holds(List.of(assignment), pool.coordinator()))
                .isEqualTo(Map.of(assignment, FeeHold.AGREEMENT_NOT_ACCEPTED));
        assertThatThrownBy(() -> feeLines.approve(fee.id(), pool.coordinator())).isInstanceOf(FeeLineRefused.class)
                .hasMessage("fees.line.held.AGREEMENT_NOT_ACCEPTED");
        assertThat(mvc.get().uri("/coordinator/fees").header("Accept-Language", "fi")
                .with(user(pool.coordinator()))).hasStatusOk().bodyText()
                .contains("Toimeksiantosopimus hyväksymättä", "Held fee work")
                .doesNotContain("/coordinator/fees/" + fee.id() + "/approval", fee.id() + ":");
        assertThat(mvc.get().uri("/coordinator/fees/{id}", fee.id()).header("Accept-Language", "en")
                .with(user(pool.coordinator()))).hasStatusOk().bodyText()
                .contains("Assignment agreement not accepted").doesNotContain("Approve this line");
        assertThat(mvc.post().uri("/coordinator/fees/{id}/approval", fee.id()).with(user(pool.coordinator()))
                .with(csrf()).param("back", "line")
                .param("version", String.valueOf(feeLines.revision(fee.id(), pool.coordinator()).version()))).flash()
                .containsEntry("refusal", "fees.line.held.AGREEMENT_NOT_ACCEPTED");
        assertThat(mvc.post().uri("/api/v1/fee-lines/{id}/approval", fee.id())
                .with(Bearer.as(pool.coordinator(), tokens))).hasStatus(409).bodyJson()
                .extractingPath("$.reason").isEqualTo("agreement_not_accepted");
        assertThat(mvc.get().uri("/assignments/{id}/fees", assignment).header("Accept-Language", "fi")
                .with(user(pool.expert()))).hasStatusOk().bodyText()
                .contains("et ole vielä hyväksynyt tämän työn toimeksiantosopimusta", "Lue ja hyväksy sopimus");
        assertThat(status(fee.id())).isEqualTo(FeeLineStatus.DRAFT);

        agreements.accept(assignment, agreements.agreement(assignment, pool.expert()).agreement().contentSha256(),
                pool.expert());

        assertThat(feeLines.holds(List.of(assignment), pool.coordinator())).isEmpty();
        assertThat(mvc.get().uri("/assignments/{id}/fees", assignment).header("Accept-Language", "fi")
                .with(user(pool.expert()))).hasStatusOk().bodyText()
                .doesNotContain("toimeksiantosopimusta");
        assertThat(feeLines.approve(fee.id(), pool.coordinator()).status()).isEqualTo(FeeLineStatus.APPROVED);
    }

    @Test
    void approvingEveryDraftShownIsRefusedWhileOneOfThemIsHeld() {
        var pool = paidPool("Held all NGO");
        UUID assignment = work().done(pool, pool.requester(), "Held all work", FeeBasis.ORGANISATION_RATE, null, "2",
                10, null);
        List<FeeLine> drafts = feeLines.ofAssignment(assignment, pool.coordinator());
        rates.add(RateKind.PER_TASK, TaskType.TEACHING, Money.parse("150,00"), 0, 0, LocalDate.now().minusYears(1),
                null, pool.coordinator());

        UUID first = drafts.getFirst().id();
        int version = feeLines.revision(first, pool.coordinator()).version();
        assertThatThrownBy(() -> feeLines.approveAll(Map.of(first, version), pool.coordinator()))
                .isInstanceOf(FeeLineRefused.class).hasMessage("fees.line.held.AGREEMENT_NOT_ACCEPTED");
        assertThat(drafts).allSatisfy(l -> assertThat(status(l.id())).isEqualTo(FeeLineStatus.DRAFT));
    }

    @Test
    void coordinatorsSeeWhichOfThePoolsAssignmentsLackAnAcceptedAgreement() {
        var pool = paidPool("Waiting agreements NGO");
        var other = pools.ngoPool("Waiting agreements other NGO");
        Offer taken = offer(pool, FeeBasis.ORGANISATION_RATE);
        brokering.accept(taken.id(), pool.expert());

        assertThat(mvc.get().uri("/coordinator/agreements").header("Accept-Language", "en")
                .with(user(pool.coordinator()))).hasStatusOk().bodyText()
                .contains("One agreement is not accepted yet", "Not accepted yet");
        assertThat(mvc.get().uri("/coordinator/agreements").header("Accept-Language", "en")
                .with(user(other.coordinator()))).hasStatusOk().bodyText().doesNotContain("not accepted yet");
    }

    private TestPools.Pool paidPool(String name) {
        var pool = pools.ngoPool(name);
        rates.add(RateKind.PER_HOUR, null, Money.parse("20,00"), 0, 0, LocalDate.now().minusYears(1), null,
                pool.coordinator());
        return pool;
    }

    private Offer offer(TestPools.Pool pool, FeeBasis basis) {
        NewWorkRequest talk = TestRequests.talkInDays(pool.organisation().id(), pool.organisation().id(), "091", 5);
        WorkRequest request = requests.create(withFee(talk, basis), pool.requester());
        return brokering.sendOffers(request.id(), List.of(pool.expert().id()), Instant.now().plus(1, ChronoUnit.DAYS),
                pool.coordinator()).getFirst();
    }

    private static NewWorkRequest withFee(NewWorkRequest r, FeeBasis basis) {
        return new NewWorkRequest(r.poolOrganisationId(), r.requesterOrganisationId(), r.requesterUnitId(), r.title(),
                r.description(), r.taskType(), r.wantedAreas(), r.areasRule(), r.targetGroup(), r.audienceSize(),
                r.language(), r.startsAt(), r.endsAt(), r.windowFrom(), r.windowTo(), r.remote(), r.municipalityCode(),
                r.address(), r.remoteLink(), r.expertsNeeded(), basis, basis == FeeBasis.AGREED_SUM ? 15_000L : null,
                r.contactName(), r.contactPhone(), r.contactEmail(), r.notes());
    }

    private void started(UUID assignmentId) {
        jdbc.sql("update assignment set during = tstzrange(now() - interval '3 hours', now() - interval '1 hour') "
                + "where id = :id").param("id", assignmentId).update();
    }

    private DocumentsWork work() {
        return new DocumentsWork(requests, brokering, afterWork, feeLines, rates, jdbc);
    }

    private FeeLine line(UUID assignment, TestPools.Pool pool, FeeLineKind kind) {
        return feeLines.ofAssignment(assignment, pool.coordinator()).stream().filter(l -> l.kind() == kind)
                .findFirst().orElseThrow();
    }

    private FeeLineStatus status(UUID lineId) {
        return FeeLineStatus.valueOf(jdbc.sql("select status from fee_line where id = :id").param("id", lineId)
                .query(String.class).single());
    }

    private int acceptances(UUID assignmentId) {
        return jdbc.sql("select count(*) from agreement_acceptance where assignment_id = :id")
                .param("id", assignmentId).query(Integer.class).single();
    }
}
