package fi.valita.assignments;

/** An offer of a request as its coordinator sees it. */
public record OfferLine(Offer offer, String expertName) {}
