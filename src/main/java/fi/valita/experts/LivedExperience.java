package fi.valita.experts;

import java.util.UUID;

/**
 * One lived-experience area of an expert.
 *
 * @param usableForMatching the expert's own choice whether the coordinator may use it to find work
 */
public record LivedExperience(UUID areaId, ExperienceRelation relation, boolean usableForMatching) {}
