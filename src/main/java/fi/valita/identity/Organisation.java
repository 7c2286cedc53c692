package fi.valita.identity;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A tenant: an NGO, a wellbeing services county, a city, a school. */
public record Organisation(
        UUID id, String name, OrganisationKind kind, @Nullable String municipalityCode, boolean runsPool) {}
