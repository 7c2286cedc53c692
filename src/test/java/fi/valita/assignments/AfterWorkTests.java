package fi.valita.assignments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.valita.TestPools;
import fi.valita.ValitaTest;
import fi.valita.identity.CurrentUser;
import fi.valita.identity.Role;
import fi.valita.matching.PastRatings;
import fi.valita.requests.RequestStatus;
import fi.valita.requests.WorkRequest;
import fi.valita.requests.WorkRequests;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** After the work: reporting, confirming, debriefs and reports of mistreatment. */
@ValitaTest
@RecordApplicationEvents
class AfterWorkTests {

    private static final BigDecimal TWO_AND_A_HALF = new BigDecimal("2.5");

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

    @Autowired
    ApplicationEvents events;

    TestWork given;

    @BeforeEach
    void setUp() {
        given = new TestWork(pools, requests, brokering, jdbc);
    }

    @Test
    void onlyTheAssignmentsOwnExpertReportsTheWorkDone() {
        var s = given.worked("Own");
        CurrentUser colleague = pools.person(s.ngo().organisation().id(), Role.EXPERT, "Colleague");
        UUID id = s.assignment().id();

        assertThatThrownBy(() -> afterWork.complete(id, TWO_AND_A_HALF, 0, null, false, colleague))
                .isInstanceOf(AssignmentNotFound.class);
        for (CurrentUser other : List.of(s.school().requester(), s.ngo().coordinator())) {
            assertThatThrownBy(() -> afterWork.complete(id, TWO_AND_A_HALF, 0, null, false, other))
                    .isInstanceOf(AssignmentRefused.class).hasMessage("assignments.error.not-the-expert");
        }
        WorkDone done = afterWork.complete(id, TWO_AND_A_HALF, 12, 580L, false, s.ngo().expert());

        assertThat(done.hours()).isEqualByComparingTo("2.50");
        assertThat(done.travelKm()).isEqualTo(12);
        assertThat(done.travelCostsCents()).isEqualTo(580L);
        assertThat(status(id)).isEqualTo(AssignmentStatus.COMPLETED);
        assertThat(events.stream(AssignmentCompleted.class)).containsExactly(new AssignmentCompleted(id,
                s.request().id(), s.ngo().expert().id(), TWO_AND_A_HALF, 12, 580L));
        assertThat(events.stream(DebriefRequested.class)).isEmpty();
        assertThatThrownBy(() -> afterWork.complete(id, TWO_AND_A_HALF, 0, null, false, s.ngo().expert()))
                .isInstanceOf(AssignmentRefused.class).hasMessage("assignments.error.already-reported");
    }

    @Test
    void theWorkCannotBeReportedBeforeItStarts() {
        var s = given.agreed("Early");

        assertThat(afterWork.nextStep(s.assignment().id(), s.ngo().expert())).isEqualTo(NextStep.REPORT_WORK_AFTER_START);
        assertThatThrownBy(() -> afterWork.complete(s.assignment().id(), TWO_AND_A_HALF, 0, null, false, s.ngo().expert()))
                .isInstanceOf(AssignmentRefused.class).hasMessage("assignments.error.not-started");

        given.started(s.assignment().id());
        assertThat(afterWork.nextStep(s.assignment().id(), s.ngo().expert())).isEqualTo(NextStep.REPORT_WORK);
    }

    @Test
    void moreThan24HoursForADayOfWorkIsRefusedAndNothingChanges() {
        var s = given.worked("Long day");

        assertThatThrownBy(() -> afterWork.complete(s.assignment().id(), new BigDecimal("24.5"), 0, null, false,
                s.ngo().expert())).isInstanceOf(AssignmentRefused.class)
                .extracting(e -> ((AssignmentRefused) e).field()).isEqualTo("hours");
        assertThatThrownBy(() -> afterWork.complete(s.assignment().id(), TWO_AND_A_HALF, -1, null, false,
                s.ngo().expert())).isInstanceOf(AssignmentRefused.class);
        assertThatThrownBy(() -> afterWork.complete(s.assignment().id(), TWO_AND_A_HALF, 0, -1L, false,
                s.ngo().expert())).isInstanceOf(AssignmentRefused.class);
        assertThat(status(s.assignment().id())).isEqualTo(AssignmentStatus.CONFIRMED);
    }

    @Test
    void theRequesterOrThePoolsCoordinatorConfirmsTheWorkButNotTheExpert() {
        var first = given.worked("Confirm A");
        var second = given.worked("Confirm B");
        afterWork.complete(first.assignment().id(), TWO_AND_A_HALF, 0, null, false, first.ngo().expert());
        afterWork.complete(second.assignment().id(), TWO_AND_A_HALF, 0, null, false, second.ngo().expert());

        assertThatThrownBy(() -> afterWork.confirm(first.assignment().id(), first.ngo().expert()))
                .isInstanceOf(AssignmentRefused.class).hasMessage("assignments.error.not-a-confirmer");
        assertThatThrownBy(() -> afterWork.confirm(first.assignment().id(), second.ngo().coordinator()))
                .isInstanceOf(AssignmentNotFound.class);
        assertThatThrownBy(() -> afterWork.confirm(first.assignment().id(), second.school().requester()))
                .isInstanceOf(AssignmentNotFound.class);

        afterWork.confirm(first.assignment().id(), first.school().requester());
        afterWork.confirm(second.assignment().id(), second.ngo().coordinator());

        assertThat(status(first.assignment().id())).isEqualTo(AssignmentStatus.APPROVED);
        assertThat(status(second.assignment().id())).isEqualTo(AssignmentStatus.APPROVED);
        assertThat(events.stream(AssignmentApproved.class)).extracting(AssignmentApproved::approvedBy)
                .containsExactly(first.school().requester().id(), second.ngo().coordinator().id());
        assertThatThrownBy(() -> afterWork.confirm(first.assignment().id(), first.ngo().coordinator()))
                .isInstanceOf(AssignmentRefused.class).hasMessage("assignments.error.not-reported");
    }

    @Test
    void aRequestIsDoneOnlyWhenEveryAssignmentOfItIsConfirmed() {
        var ngo = pools.ngoPool("Two experts NGO");
        WorkRequest request = new TestBrokering(pools, requests, brokering).talk(ngo, 5, 2);
        List<CurrentUser> experts = List.of(ngo.expert(), pools.person(ngo.organisation().id(), Role.EXPERT, "Second"));
        List<Offer> offers = new TestBrokering(pools, requests, brokering).offer(request, ngo, experts);
        Assignment one = brokering.accept(offers.get(0).id(),
                brokering.agreementOffered(offers.get(0).id(), experts.get(0)), experts.get(0));
        Assignment two = brokering.accept(offers.get(1).id(),
                brokering.agreementOffered(offers.get(1).id(), experts.get(1)), experts.get(1));
        for (int i = 0; i < 2; i++) {
            UUID id = List.of(one, two).get(i).id();
            given.started(id);
            afterWork.complete(id, TWO_AND_A_HALF, 0, null, false, experts.get(i));
        }

        afterWork.confirm(one.id(), ngo.requester());
        assertThat(requests.byIdForProcessing(request.id()).status()).isEqualTo(RequestStatus.FILLED);

        afterWork.confirm(two.id(), ngo.coordinator());
        assertThat(requests.byIdForProcessing(request.id()).status()).isEqualTo(RequestStatus.DONE);
    }

    @Test
    void aDebriefWishAppearsOnThePoolsCoordinatorsTaskListUntilHandled() {
        var s = given.worked("Debrief");
        var otherPool = pools.ngoPool("Other debrief NGO");
        afterWork.complete(s.assignment().id(), TWO_AND_A_HALF, 0, null, true, s.ngo().expert());

        assertThat(events.stream(DebriefRequested.class)).containsExactly(new DebriefRequested(s.assignment().id(),
                s.request().id(), s.ngo().expert().id(), s.ngo().organisation().id()));
        assertThat(afterWork.tasks(s.ngo().coordinator())).singleElement().satisfies(t -> {
            assertThat(t.kind()).isEqualTo(CoordinatorTask.Kind.DEBRIEF);
            assertThat(t.assignmentId()).isEqualTo(s.assignment().id());
            assertThat(t.requestTitle()).isEqualTo(s.request().title());
        });
        assertThat(afterWork.tasks(otherPool.coordinator())).isEmpty();
        assertThatThrownBy(() -> afterWork.markHandled(CoordinatorTask.Kind.DEBRIEF, s.assignment().id(),
                otherPool.coordinator())).isInstanceOf(AssignmentNotFound.class);
        assertThat(coordinatorMails(s.ngo(), "haluaa jutella")).isEqualTo(1);

        afterWork.markHandled(CoordinatorTask.Kind.DEBRIEF, s.assignment().id(), s.ngo().coordinator());
        assertThat(afterWork.tasks(s.ngo().coordinator())).isEmpty();
    }

    @Test
    void aReportOfMistreatmentIsReadOnlyByThePoolsCoordinatorsAndNeverSentByEmail() {
        var s = given.worked("Mistreated");
        var otherPool = pools.ngoPool("Other report NGO");
        String words = "The contact person shouted at me in front of the group";

        assertThatThrownBy(() -> afterWork.reportMistreatment(s.assignment().id(), words, s.school().requester()))
                .isInstanceOf(AssignmentRefused.class);
        assertThatThrownBy(() -> afterWork.reportMistreatment(s.assignment().id(), " ", s.ngo().expert()))
                .isInstanceOf(AssignmentRefused.class);
        UUID report = afterWork.reportMistreatment(s.assignment().id(), words, s.ngo().expert());

        assertThat(afterWork.tasks(s.ngo().coordinator())).singleElement()
                .satisfies(t -> assertThat(t.text()).isEqualTo(words));
        assertThat(afterWork.tasks(s.ngo().admin())).extracting(CoordinatorTask::id).containsExactly(report);
        assertThat(afterWork.tasks(otherPool.coordinator())).isEmpty();
        for (CurrentUser notCoordinator : List.of(s.ngo().expert(), s.school().requester(), s.ngo().requester())) {
            assertThatThrownBy(() -> afterWork.tasks(notCoordinator)).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(events.stream(MistreatmentReported.class)).singleElement().isEqualTo(new MistreatmentReported(report,
                s.assignment().id(), s.request().id(), s.ngo().expert().id(), s.ngo().organisation().id()));
        assertThat(coordinatorMails(s.ngo(), "tehnyt ilmoituksen")).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from outbox_message where body like :w or subject like :w")
                .param("w", "%shouted%").query(Integer.class).single()).isZero();

        assertThatThrownBy(() -> afterWork.markHandled(CoordinatorTask.Kind.MISTREATMENT, report, otherPool.coordinator()))
                .isInstanceOf(AssignmentNotFound.class);
        afterWork.markHandled(CoordinatorTask.Kind.MISTREATMENT, report, s.ngo().coordinator());
        assertThat(afterWork.tasks(s.ngo().coordinator())).isEmpty();
    }

    @Test
    void theRequesterIsAskedToConfirmAndTheExpertToldWhenConfirmed() {
        var s = given.worked("Told");
        afterWork.complete(s.assignment().id(), TWO_AND_A_HALF, 0, null, false, s.ngo().expert());
        assertThat(mailsTo(s.school().requester(), "vahvista työ")).isEqualTo(1);

        afterWork.confirm(s.assignment().id(), s.school().requester());
        assertThat(mailsTo(s.ngo().expert(), "on vahvistettu")).isEqualTo(1);
    }

    @Test
    void matchingReadsTheLatestRatingTheRequesterSideGave(@Autowired Feedbacks feedbacks, @Autowired PastRatings ratings) {
        var s = given.worked("Rated");
        afterWork.complete(s.assignment().id(), TWO_AND_A_HALF, 0, null, false, s.ngo().expert());
        UUID expert = s.ngo().expert().id();
        UUID school = s.school().organisation().id();
        assertThat(ratings.lastRating(expert, school)).isEmpty();

        feedbacks.giveFeedback(s.assignment().id(), 2, null, s.ngo().expert());
        assertThat(ratings.lastRating(expert, school)).as("the expert's own rating does not count").isEmpty();
        feedbacks.giveFeedback(s.assignment().id(), 5, "Clear and warm", s.school().requester());

        assertThat(ratings.lastRating(expert, school)).contains(5);
        assertThat(ratings.lastRating(expert, s.ngo().organisation().id())).isEmpty();
        assertThat(feedbacks.latestRequesterRatings(school, Set.of(expert, UUID.randomUUID())))
                .containsExactlyEntriesOf(java.util.Map.of(expert, 5));
    }

    private AssignmentStatus status(UUID id) {
        return AssignmentStatus.valueOf(jdbc.sql("select status from assignment where id = :id").param("id", id)
                .query(String.class).single());
    }

    /** E-mails are in the request's language, Finnish here. */
    private int coordinatorMails(TestPools.Pool pool, String text) {
        return mailsTo(pool.coordinator(), text);
    }

    private int mailsTo(CurrentUser user, String text) {
        return jdbc.sql("select count(*) from outbox_message where recipient = :to and body like :text")
                .param("to", user.email())
                .param("text", "%" + text + "%")
                .query(Integer.class)
                .single();
    }
}
