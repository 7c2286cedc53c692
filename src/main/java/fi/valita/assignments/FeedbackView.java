package fi.valita.assignments;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The feedback of an assignment as one viewer may see it. A side sees the other side's feedback only
 * after giving its own, or once {@link #OPEN_AFTER} has passed since the work was reported done, so
 * that neither answers the other. The pool's coordinators are no side: they see both.
 *
 * @param side the viewer's side, or null for a coordinator
 * @param fromExpert the expert's feedback, if given and visible to the viewer
 * @param fromRequester the requester side's feedback, if given and visible to the viewer
 * @param mayGive the viewer's side may give its feedback now
 */
public record FeedbackView(@Nullable FeedbackSide side, @Nullable Feedback fromExpert,
        @Nullable Feedback fromRequester, boolean mayGive) {

    public static final Duration OPEN_AFTER = Duration.ofDays(14);

    /** Whether a side sees the other side's feedback at {@code now}. */
    public static boolean otherSideVisible(boolean ownGiven, @Nullable Instant completedAt, Instant now) {
        return ownGiven || (completedAt != null && !now.isBefore(completedAt.plus(OPEN_AFTER)));
    }

    /** The viewer's own side's feedback; null for coordinators or when not given. */
    public @Nullable Feedback own() {
        if (side == null) {
            return null;
        }
        return side == FeedbackSide.EXPERT ? fromExpert : fromRequester;
    }

    /** The other side's feedback when the viewer may see it; null for coordinators. */
    public @Nullable Feedback other() {
        if (side == null) {
            return null;
        }
        return side == FeedbackSide.EXPERT ? fromRequester : fromExpert;
    }
}
