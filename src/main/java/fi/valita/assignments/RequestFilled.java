package fi.valita.assignments;

import java.util.List;
import java.util.UUID;

/** As many experts as the request needs have accepted. */
public record RequestFilled(UUID requestId, UUID poolOrganisationId, UUID requesterOrganisationId,
        List<UUID> expertIds) {}
