package fi.valita.documents;

/** Where the expert is with an agreement. */
public enum AgreementState {
    /** The expert has accepted the agreement as it reads now. */
    ACCEPTED,
    /** The expert has not accepted any version of it yet. */
    NOT_ACCEPTED,
    /** The expert accepted it, but it has changed since (e.g. the time or the fee): they need to accept again. */
    CHANGED
}
