package fi.valita.identity;

/** The answer to a typed second-factor code (from an authenticator app, or a recovery code). */
public enum CodeCheck {
    ACCEPTED,
    WRONG,
    /** Too many wrong codes in a row: the person waits a few minutes. */
    LOCKED
}
