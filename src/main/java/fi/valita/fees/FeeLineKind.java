package fi.valita.fees;

/** What a fee line pays: the fee for the work, the kilometre allowance, or tickets at cost. */
public enum FeeLineKind {
    FEE,
    KM_ALLOWANCE,
    TICKETS
}
