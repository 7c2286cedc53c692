package fi.valita.experts;

/** Whether a lived experience is the expert's own or as a close relative. */
public enum ExperienceRelation {
    OWN,
    CLOSE_RELATIVE
}
