package fi.valita.assignments;

/** Where a piece of agreed work stands, as the lists of work show it. Only the status and the time decide. */
public enum WorkStage {
    /** Agreed, and the work has not begun yet. */
    UPCOMING,
    /** Agreed, the work has begun or is over, and the expert has not reported it yet. */
    TO_REPORT,
    /** The expert reported it done (the requester may still confirm it). */
    DONE,
    /** Called off. */
    CANCELLED
}
