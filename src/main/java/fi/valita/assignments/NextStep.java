package fi.valita.assignments;

/** What a viewer of an assignment can do about it after the work. */
public enum NextStep {
    /** The expert accepts the assignment agreement of fee-based work first: then they can report it. */
    ACCEPT_AGREEMENT,
    /** The expert reports the work done once it has started. */
    REPORT_WORK_AFTER_START,
    /** The expert reports hours and travel now. */
    REPORT_WORK,
    /** The requester or the pool's coordinator confirms the expert's report. */
    CONFIRM_WORK,
    /** Nothing for this viewer to do about the work itself (feedback is separate). */
    NONE
}
