package fi.valita.assignments;

import fi.valita.experts.EngagementForm;
import java.util.UUID;

/** An expert took the work, under the engagement form of its offer: the assignment is confirmed to them and the requester. */
public record OfferAccepted(UUID offerId, UUID assignmentId, UUID requestId, UUID expertId,
        UUID requesterOrganisationId, UUID poolOrganisationId, EngagementForm engagementForm) {}
