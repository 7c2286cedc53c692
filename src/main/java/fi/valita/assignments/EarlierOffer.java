package fi.valita.assignments;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What became of the latest offer of one request to one expert, for matching. An offer closed unanswered
 * (the work filled first) is no part of it: it says nothing about the expert.
 *
 * @param at the reply deadline of a waiting offer, when it was answered or expired, or when its assignment
 *     was called off (null only for cancellations from before that was kept)
 */
public record EarlierOffer(UUID expertId, Outcome outcome, @Nullable Instant at) {

    /** Where the expert's latest offer of the request ended up. */
    public enum Outcome {
        /** Sent, not answered yet. */
        WAITING,
        /** The expert said no thanks. */
        DECLINED,
        /** Not answered in time. */
        EXPIRED,
        /** Taken: the expert has this work. */
        TAKEN,
        /** Taken, then called off by the expert themself (often because of illness). */
        CANCELLED_BY_EXPERT,
        /** Taken, then called off by the requester or a coordinator. */
        CANCELLED_BY_OTHERS
    }
}
