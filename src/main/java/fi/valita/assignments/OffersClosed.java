package fi.valita.assignments;

import java.util.List;
import java.util.UUID;

/**
 * Open offers closed without an answer, because the request was filled or called off; these
 * experts should be told they need not answer.
 */
public record OffersClosed(UUID requestId, List<UUID> expertIds) {}
