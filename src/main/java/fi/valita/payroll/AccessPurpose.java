package fi.valita.payroll;

/** Why an identity code was accessed. */
public enum AccessPurpose {
    /** Shown whole on the payroll page, on an explicit request. */
    VIEW,
    /** Put into a payroll file downloaded from the pages. */
    EXPORT,
    /** Put into a payroll file fetched through the API. */
    API_EXPORT,
    /** Saved or replaced by the expert. */
    CHANGE
}
