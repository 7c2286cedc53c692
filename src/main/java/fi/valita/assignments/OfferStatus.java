package fi.valita.assignments;

/** Where an offer is: waiting for an answer, or answered or closed for good. */
public enum OfferStatus {
    /** Sent, waiting for the expert's answer. */
    OPEN,
    /** The expert took the work. */
    ACCEPTED,
    /** The expert said no. */
    DECLINED,
    /** Nobody answered in time. */
    EXPIRED,
    /** Closed without an answer: the request was filled or called off. */
    CLOSED
}
