package fi.valita.fees;

/**
 * What a fee line pays: the fee for the work, wages for an employed expert's hours, a work-share payment for a
 * day of 27 e § work activity, the kilometre allowance, tickets at cost (these are made when the work is
 * approved, at most one each), a receipt at cost, or a day's allowance. Which of them a piece of work gets
 * depends on its engagement form ({@link EngagementPay}).
 */
public enum FeeLineKind {
    FEE,
    KM_ALLOWANCE,
    TICKETS,
    RECEIPT,
    DAILY_ALLOWANCE,
    WAGES,
    WORK_SHARE;

    /** Pay for work, taxed as earnings (a fee or wages); every other kind is a tax-free payment or reimbursement. */
    public boolean isEarnings() {
        return this == FEE || this == WAGES;
    }
}
