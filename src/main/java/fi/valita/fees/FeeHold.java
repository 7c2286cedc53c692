package fi.valita.fees;

/** Why a piece of work's draft fee lines wait: until the reason goes away, they cannot be approved. */
public enum FeeHold {
    /** The work needs an assignment agreement its expert has not accepted as it reads now. */
    AGREEMENT_NOT_ACCEPTED
}
