package fi.valita.assignments;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One side's short feedback on an assignment: a rating from 1 to 5 and an optional comment. */
public record Feedback(FeedbackSide from, int rating, @Nullable String comment, Instant givenAt) {

    public static final int MAX_COMMENT = 1000;
}
