package fi.valita.assignments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.valita.TestPools;
import fi.valita.ValitaTest;
import fi.valita.requests.WorkRequests;
import java.math.BigDecimal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Feedback from both sides, once each, and who sees which. The time rule itself is in {@link WorkRulesTests}. */
@ValitaTest
class FeedbacksTests {

    @Autowired
    TestPools pools;

    @Autowired
    WorkRequests requests;

    @Autowired
    Brokering brokering;

    @Autowired
    AfterWork afterWork;

    @Autowired
    Feedbacks feedbacks;

    @Autowired
    JdbcClient jdbc;

    TestWork given;

    @BeforeEach
    void setUp() {
        given = new TestWork(pools, requests, brokering, jdbc);
    }

    @Test
    void bothSidesGiveFeedbackAndEachSeesTheOthersOnlyAfterGivingTheirOwn() {
        var s = reported("Both sides");
        var id = s.assignment().id();

        feedbacks.giveFeedback(id, 4, "A warm, well-prepared group", s.ngo().expert());

        FeedbackView requesterBefore = feedbacks.feedbackOf(id, s.school().requester());
        assertThat(requesterBefore.side()).isEqualTo(FeedbackSide.REQUESTER);
        assertThat(requesterBefore.other()).as("the expert's feedback is hidden until the requester gives theirs").isNull();
        assertThat(requesterBefore.mayGive()).isTrue();
        FeedbackView expertBefore = feedbacks.feedbackOf(id, s.ngo().expert());
        assertThat(expertBefore.own()).extracting(Feedback::rating).isEqualTo(4);
        assertThat(expertBefore.other()).isNull();
        assertThat(expertBefore.mayGive()).isFalse();

        feedbacks.giveFeedback(id, 5, "The students were moved", s.school().requester());

        assertThat(feedbacks.feedbackOf(id, s.school().requester()).other()).extracting(Feedback::comment)
                .isEqualTo("A warm, well-prepared group");
        assertThat(feedbacks.feedbackOf(id, s.ngo().expert()).other()).extracting(Feedback::comment)
                .isEqualTo("The students were moved");
        FeedbackView coordinator = feedbacks.feedbackOf(id, s.ngo().coordinator());
        assertThat(coordinator.side()).isNull();
        assertThat(coordinator.fromExpert()).isNotNull();
        assertThat(coordinator.fromRequester()).isNotNull();
    }

    @Test
    void twoWeeksAfterTheReportTheOthersFeedbackShowsWithoutGivingOnesOwn() {
        var s = reported("Two weeks");
        feedbacks.giveFeedback(s.assignment().id(), 3, null, s.school().requester());
        assertThat(feedbacks.feedbackOf(s.assignment().id(), s.ngo().expert()).other()).isNull();

        given.reportedDaysAgo(s.assignment().id(), 15);

        assertThat(feedbacks.feedbackOf(s.assignment().id(), s.ngo().expert()).other()).extracting(Feedback::rating)
                .isEqualTo(3);
    }

    @Test
    void eachSideGivesFeedbackOnceAndOnlyAfterTheWorkIsReported() {
        var s = given.worked("Once");
        var id = s.assignment().id();
        assertThatThrownBy(() -> feedbacks.giveFeedback(id, 4, null, s.ngo().expert()))
                .isInstanceOf(AssignmentRefused.class).hasMessage("assignments.error.not-reported");
        assertThat(feedbacks.feedbackOf(id, s.ngo().expert()).mayGive()).isFalse();
        afterWork.complete(id, BigDecimal.TWO, 0, null, false, s.ngo().expert());

        feedbacks.giveFeedback(id, 4, " ", s.ngo().expert());

        assertThat(feedbacks.feedbackOf(id, s.ngo().expert()).own().comment()).as("blank is no comment").isNull();
        assertThatThrownBy(() -> feedbacks.giveFeedback(id, 1, "changed my mind", s.ngo().expert()))
                .isInstanceOf(AssignmentRefused.class).hasMessage("assignments.error.feedback-given");
        assertThatThrownBy(() -> feedbacks.giveFeedback(id, 4, null, s.ngo().coordinator()))
                .isInstanceOf(AssignmentRefused.class).hasMessage("assignments.error.not-a-side");
        assertThatThrownBy(() -> feedbacks.giveFeedback(id, 6, null, s.school().requester()))
                .isInstanceOf(AssignmentRefused.class).hasMessage("assignments.error.rating-range");
        assertThatThrownBy(() -> feedbacks.giveFeedback(id, 4, "x".repeat(1001), s.school().requester()))
                .isInstanceOf(AssignmentRefused.class).hasMessage("assignments.error.text-too-long");
        assertThatThrownBy(() -> feedbacks.giveFeedback(id, 4, null, pools.ngoPool("Stranger").coordinator()))
                .isInstanceOf(AssignmentNotFound.class);
        assertThat(jdbc.sql("select count(*) from feedback where assignment_id = :id").param("id", id)
                .query(Integer.class).single()).isEqualTo(1);
    }

    private TestWork.Setting reported(String name) {
        var s = given.worked(name);
        afterWork.complete(s.assignment().id(), new BigDecimal("2.5"), 20, null, false, s.ngo().expert());
        return s;
    }
}
