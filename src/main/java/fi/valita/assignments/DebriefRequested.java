package fi.valita.assignments;

import java.util.UUID;

/** The expert asked the pool's coordinators for a talk after the work. */
public record DebriefRequested(UUID assignmentId, UUID requestId, UUID expertId, UUID poolOrganisationId) {}
