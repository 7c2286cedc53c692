package fi.valita.assignments;

import org.jspecify.annotations.Nullable;

/** A change to an assignment that its state does not allow. */
public class AssignmentRefused extends RuntimeException {

    private final String messageKey;
    private final @Nullable String field;

    private AssignmentRefused(String messageKey) {
        this(messageKey, null);
    }

    private AssignmentRefused(String messageKey, @Nullable String field) {
        super(messageKey);
        this.messageKey = messageKey;
        this.field = field;
    }

    public static AssignmentRefused notActive() {
        return new AssignmentRefused("assignments.error.not-active");
    }

    public static AssignmentRefused reasonMissing() {
        return new AssignmentRefused("assignments.error.reason-missing");
    }

    /** Only the assignment's own expert reports the work done or mistreatment. */
    public static AssignmentRefused notTheExpert() {
        return new AssignmentRefused("assignments.error.not-the-expert");
    }

    /** Fee-based work is reported only after its expert has accepted the assignment agreement as it reads now. */
    public static AssignmentRefused agreementNotAccepted() {
        return new AssignmentRefused("assignments.error.agreement-not-accepted");
    }

    /** The agreement shown with the offer changed before the expert took the work: they read it again. */
    public static AssignmentRefused agreementChanged() {
        return new AssignmentRefused("assignments.error.agreement-changed", "agreement");
    }

    public static AssignmentRefused notStarted() {
        return new AssignmentRefused("assignments.error.not-started");
    }

    public static AssignmentRefused alreadyReported() {
        return new AssignmentRefused("assignments.error.already-reported");
    }

    public static AssignmentRefused hoursOutOfRange() {
        return new AssignmentRefused("assignments.error.hours-range", "hours");
    }

    public static AssignmentRefused travelOutOfRange(String field) {
        return new AssignmentRefused("assignments.error.travel-range", field);
    }

    /** Only the requester organisation's requesters and the pool's coordinators confirm the work. */
    public static AssignmentRefused notAConfirmer() {
        return new AssignmentRefused("assignments.error.not-a-confirmer");
    }

    public static AssignmentRefused notReported() {
        return new AssignmentRefused("assignments.error.not-reported");
    }

    /** Feedback comes from the expert or the requester organisation, not from coordinators. */
    public static AssignmentRefused notASide() {
        return new AssignmentRefused("assignments.error.not-a-side");
    }

    public static AssignmentRefused feedbackAlreadyGiven() {
        return new AssignmentRefused("assignments.error.feedback-given");
    }

    public static AssignmentRefused ratingOutOfRange() {
        return new AssignmentRefused("assignments.error.rating-range", "rating");
    }

    public static AssignmentRefused textMissing(String field) {
        return new AssignmentRefused("assignments.error.text-missing", field);
    }

    public static AssignmentRefused textTooLong(String field) {
        return new AssignmentRefused("assignments.error.text-too-long", field);
    }

    /** The work has a fixed time: there is no day to agree. */
    public static AssignmentRefused notAWindow() {
        return new AssignmentRefused("assignments.error.time-not-a-window");
    }

    /** The time is agreed by the expert and the requester, or set by the pool's coordinator; nobody else. */
    public static AssignmentRefused notAParty() {
        return new AssignmentRefused("assignments.error.time-not-a-party");
    }

    /** The work is reported, called off or already started: its time stays as it is. */
    public static AssignmentRefused timeClosed() {
        return new AssignmentRefused("assignments.error.time-closed");
    }

    public static AssignmentRefused endBeforeStart() {
        return new AssignmentRefused("assignments.error.time-end-before-start", "endTime");
    }

    public static AssignmentRefused timeInPast() {
        return new AssignmentRefused("assignments.error.time-past", "date");
    }

    /** The proposed day is not within the request's window of days (the page names the window). */
    public static AssignmentRefused outsideWindow() {
        return new AssignmentRefused("assignments.error.time-outside-window", "date");
    }

    /** The expert already has other work at that time: refused by the database's exclusion constraint. */
    public static AssignmentRefused timeClashes() {
        return new AssignmentRefused("assignments.error.time-clashes", "date");
    }

    /** The proposal to confirm was answered or replaced meanwhile. */
    public static AssignmentRefused proposalChanged() {
        return new AssignmentRefused("assignments.error.time-proposal-changed");
    }

    /** The other side confirms a proposal, not the side that made it. */
    public static AssignmentRefused ownProposal() {
        return new AssignmentRefused("assignments.error.time-own-proposal");
    }

    public String messageKey() {
        return messageKey;
    }

    /** The form field the refusal is about, or null when it is about the whole assignment. */
    public @Nullable String field() {
        return field;
    }
}
