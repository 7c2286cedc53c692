package fi.valita.identity;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A unit of an organisation, e.g. "Malmi Psychiatry and Substance Abuse Center". */
public record OrganisationUnit(UUID id, UUID organisationId, String name, @Nullable String municipalityCode) {}
