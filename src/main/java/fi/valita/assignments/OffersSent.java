package fi.valita.assignments;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The coordinator offered a request to these experts (those offered before are not repeated). */
public record OffersSent(UUID requestId, UUID poolOrganisationId, List<UUID> offerIds, List<UUID> expertIds,
        Instant respondBy) {}
