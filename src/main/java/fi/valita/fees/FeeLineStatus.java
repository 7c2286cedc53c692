package fi.valita.fees;

/** A fee line's way to the bank: draft → approved by a coordinator → exported to payroll → paid. */
public enum FeeLineStatus {
    DRAFT,
    APPROVED,
    EXPORTED,
    PAID
}
