package fi.valita.requests;

import java.util.UUID;

/** A request was called off; its open offers and assignments must close. */
public record WorkRequestCancelled(UUID requestId, UUID poolOrganisationId, String reason) {}
