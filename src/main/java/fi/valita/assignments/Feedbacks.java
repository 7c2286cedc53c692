package fi.valita.assignments;

import fi.valita.assignments.internal.AssignmentRecords;
import fi.valita.assignments.internal.FeedbackRecords;
import fi.valita.assignments.internal.WorkReports;
import fi.valita.identity.CurrentUser;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Short feedback after the work from both sides, the expert and the requester organisation: a rating
 * from 1 to 5 and a comment, once per side. Each side sees the other's only after giving its own or
 * 14 days after the work was reported ({@link FeedbackView#otherSideVisible}); the pool's coordinators
 * see both.
 */
@Service
public class Feedbacks {

    private final AssignmentRecords assignments;
    private final FeedbackRecords feedback;
    private final WorkReports reports;
    private final Clock clock;

    Feedbacks(AssignmentRecords assignments, FeedbackRecords feedback, WorkReports reports, Clock clock) {
        this.assignments = assignments;
        this.feedback = feedback;
        this.reports = reports;
        this.clock = clock;
    }

    /**
     * The expert or a requester of the requester organisation gives their side's feedback, once, after
     * the work was reported done. The comment is optional (blank = none), at most 1000 characters.
     */
    @Transactional
    public Feedback giveFeedback(UUID assignmentId, int rating, @Nullable String comment, CurrentUser user) {
        Assignment a = visible(assignmentId, user);
        FeedbackSide side = WorkRules.sideOf(a, user);
        if (side == null) {
            throw AssignmentRefused.notASide();
        }
        if (!WorkRules.reported(a)) {
            throw AssignmentRefused.notReported();
        }
        if (rating < 1 || rating > 5) {
            throw AssignmentRefused.ratingOutOfRange();
        }
        String words = comment == null || comment.isBlank() ? null : comment.strip();
        if (words != null && words.length() > Feedback.MAX_COMMENT) {
            throw AssignmentRefused.textTooLong("comment");
        }
        Feedback given = new Feedback(side, rating, words, Instant.now(clock));
        if (!feedback.add(a.id(), given, user.id())) {
            throw AssignmentRefused.feedbackAlreadyGiven();
        }
        return given;
    }

    /** The feedback of the assignment the viewer may see now, and whether they may still give theirs. */
    @Transactional(readOnly = true)
    public FeedbackView feedbackOf(UUID assignmentId, CurrentUser viewer) {
        Assignment a = visible(assignmentId, viewer);
        FeedbackSide side = WorkRules.sideOf(a, viewer);
        List<Feedback> given = feedback.of(a.id());
        Feedback fromExpert = from(given, FeedbackSide.EXPERT);
        Feedback fromRequester = from(given, FeedbackSide.REQUESTER);
        if (side == null) {
            return new FeedbackView(null, fromExpert, fromRequester, false);
        }
        Feedback own = side == FeedbackSide.EXPERT ? fromExpert : fromRequester;
        Instant completedAt = reports.of(a.id()).map(WorkDone::completedAt).orElse(null);
        boolean otherVisible = FeedbackView.otherSideVisible(own != null, completedAt, Instant.now(clock));
        if (!otherVisible) {
            fromExpert = side == FeedbackSide.EXPERT ? fromExpert : null;
            fromRequester = side == FeedbackSide.REQUESTER ? fromRequester : null;
        }
        return new FeedbackView(side, fromExpert, fromRequester, own == null && WorkRules.reported(a));
    }

    /**
     * For matching: the latest rating the requester organisation's side gave each of the experts, for
     * those it has rated. No user check: module API, not for pages.
     */
    @Transactional(readOnly = true)
    public Map<UUID, Integer> latestRequesterRatings(UUID requesterOrganisationId, Collection<UUID> expertIds) {
        return feedback.latestRequesterRatings(requesterOrganisationId, expertIds);
    }

    private static @Nullable Feedback from(List<Feedback> given, FeedbackSide side) {
        return given.stream().filter(f -> f.from() == side).findFirst().orElse(null);
    }

    private Assignment visible(UUID id, CurrentUser viewer) {
        return assignments.byId(id)
                .filter(a -> Assignments.maySee(a, viewer))
                .orElseThrow(() -> AssignmentNotFound.withId(id));
    }
}
