package fi.valita.requests;

import java.util.UUID;

/** The coordinator found nobody for a request and closed it; open offers close, the requester is told. */
public record WorkRequestUnfilled(UUID requestId, UUID poolOrganisationId, UUID createdBy) {}
