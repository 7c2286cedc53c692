package fi.valita.requests;

/** How the work is paid. */
public enum FeeBasis {
    /** The pool organisation's own rate card. */
    ORGANISATION_RATE,
    /** Volunteer work: expenses only. */
    VOLUNTEER,
    /** A sum agreed for this request. */
    AGREED_SUM
}
