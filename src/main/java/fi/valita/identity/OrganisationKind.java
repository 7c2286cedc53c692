package fi.valita.identity;

/** What sort of organisation a tenant is. */
public enum OrganisationKind {
    NGO,
    WELLBEING_COUNTY,
    CITY,
    SCHOOL,
    OTHER
}
