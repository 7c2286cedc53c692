package fi.valita.assignments;

import fi.valita.requests.WorkRequest;

/** An offer as its expert sees it: what, where, when, for whom and for what fee. */
public record OfferDetails(Offer offer, WorkRequest request, String requesterName) {}
