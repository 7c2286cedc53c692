package fi.valita.fees;

/**
 * What a fee line pays: the fee for the work, the kilometre allowance, tickets at cost (these three are
 * made when the work is approved, at most one each), a receipt at cost, or a day's allowance.
 */
public enum FeeLineKind {
    FEE,
    KM_ALLOWANCE,
    TICKETS,
    RECEIPT,
    DAILY_ALLOWANCE
}
