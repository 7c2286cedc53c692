package fi.valita.identity;

import java.util.UUID;

/** A new organisation joined Välitä. */
public record OrganisationCreated(UUID organisationId, boolean runsPool) {}
