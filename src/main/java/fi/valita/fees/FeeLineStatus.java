package fi.valita.fees;

/**
 * A fee line's way to the bank: draft → approved by a coordinator → exported to payroll → paid. The expert
 * may decline a fee (not an expense) before it is exported.
 */
public enum FeeLineStatus {
    DRAFT,
    APPROVED,
    EXPORTED,
    PAID,
    DECLINED
}
