package fi.valita.assignments.web;

import fi.valita.assignments.OfferStatus;
import java.util.UUID;

/** One offer on the expert's pages. */
record OfferCard(UUID id, OfferStatus status, boolean open, WorkSummary work, String replyBy) {}
