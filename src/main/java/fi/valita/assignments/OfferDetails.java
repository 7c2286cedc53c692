package fi.valita.assignments;

import fi.valita.requests.WorkRequest;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An offer as its expert sees it: what, where, when, for whom and for what fee.
 *
 * @param assignmentId the assignment made when the expert accepted, if they did
 */
public record OfferDetails(Offer offer, WorkRequest request, String requesterName, @Nullable UUID assignmentId) {}
