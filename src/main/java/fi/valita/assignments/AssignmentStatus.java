package fi.valita.assignments;

/** Where an assignment is. Only a cancelled one frees the expert's time. */
public enum AssignmentStatus {
    /** Agreed: the expert will do the work. */
    CONFIRMED,
    /** Called off by the expert, the requester or the coordinator. */
    CANCELLED,
    /** The expert reported the work done. */
    COMPLETED,
    /** The requester or the coordinator confirmed the report. */
    APPROVED
}
