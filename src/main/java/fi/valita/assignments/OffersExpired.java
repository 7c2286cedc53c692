package fi.valita.assignments;

import java.util.List;
import java.util.UUID;

/** Offers of a request passed their reply deadline unanswered. */
public record OffersExpired(UUID requestId, List<UUID> expertIds) {}
