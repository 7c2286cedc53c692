package fi.valita.earnings;

/** How a pension's or a benefit's limit is measured. */
public enum BenefitLimitKind {
    /** Earnings (fees) of a calendar month up to an amount. */
    MONTHLY_EARNINGS,
    /** Earnings (fees) of a calendar year up to an amount. */
    YEARLY_EARNINGS,
    /** Any fee at all reduces the benefit, e.g. an adjusted unemployment benefit; watched by the month. */
    ANY_FEE
}
