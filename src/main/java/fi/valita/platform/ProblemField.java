package fi.valita.platform;

/**
 * One field an API caller must correct, as listed in the {@code errors} property of a 400 problem.
 *
 * @param field the JSON property, e.g. {@code title} or {@code wantedAreas[1]}
 * @param message what is wrong, in English
 */
public record ProblemField(String field, String message) {}
