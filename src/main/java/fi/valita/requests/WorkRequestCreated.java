package fi.valita.requests;

import java.util.UUID;

/** A new request arrived in a pool's inbox. */
public record WorkRequestCreated(UUID requestId, UUID poolOrganisationId, UUID requesterOrganisationId) {}
