package fi.valita.experts;

/** A part of an expert's profile, as its own page shows it, so that a change can say where it was made. */
public enum ProfileSection { CONTACT, EXPERIENCE, WORK, AVAILABILITY, PRESENTATION, TRAININGS }
