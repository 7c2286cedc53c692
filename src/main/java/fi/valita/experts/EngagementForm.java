package fi.valita.experts;

/** The arrangement an expert works under; it matters for pay, benefits and statistics. */
public enum EngagementForm {
    VOLUNTEER,
    FEE_BASED_ASSIGNMENT,
    SOCIAL_WELFARE_WORK_ACTIVITY,
    REHABILITATIVE_WORK_ACTIVITY,
    WORK_TRIAL,
    EMPLOYMENT
}
