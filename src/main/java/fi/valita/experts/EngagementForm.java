package fi.valita.experts;

/**
 * The arrangement an expert works under. It decides what may be paid for a piece of work (a legal matter:
 * a person in work activity is not paid a fee at all), what is recorded, and how the work is counted in
 * the yearly statistics. An offer and its assignment record the one form the work is done under.
 */
public enum EngagementForm {
    /** Volunteer work for a public-benefit organisation: tax-free expenses only, within the yearly caps. */
    VOLUNTEER,
    /** An assignment under an assignment agreement (not employment): a fee and expenses. */
    FEE_BASED_ASSIGNMENT,
    /**
     * Work activity under the Social Welfare Act, section 27 e: no fee; a small tax-free work-share payment for
     * each day of activity, and travel at the cheapest means.
     */
    SOCIAL_WELFARE_WORK_ACTIVITY,
    /**
     * Rehabilitative work activity (kuntouttava työtoiminta): no fee; each day of activity is recorded (a day
     * counts at 4–8 hours, at most 4 days a week) for the municipality, and travel is paid at the cheapest
     * means.
     */
    REHABILITATIVE_WORK_ACTIVITY,
    /** A work trial arranged by the employment services: the organisation pays nothing. */
    WORK_TRIAL,
    /** An employment relationship: the hours go to payroll as wages. */
    EMPLOYMENT;

    /** Whether the work earns pay (a fee or wages) under this form. */
    public boolean earnsPay() {
        return this == FEE_BASED_ASSIGNMENT || this == EMPLOYMENT;
    }

    /** Work activity of either kind: no fee, days of activity recorded, travel at the cheapest means. */
    public boolean isWorkActivity() {
        return this == SOCIAL_WELFARE_WORK_ACTIVITY || this == REHABILITATIVE_WORK_ACTIVITY;
    }
}
