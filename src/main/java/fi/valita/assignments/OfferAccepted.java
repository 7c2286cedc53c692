package fi.valita.assignments;

import java.util.UUID;

/** An expert took the work: the assignment is confirmed to them and the requester. */
public record OfferAccepted(UUID offerId, UUID assignmentId, UUID requestId, UUID expertId,
        UUID requesterOrganisationId, UUID poolOrganisationId) {}
