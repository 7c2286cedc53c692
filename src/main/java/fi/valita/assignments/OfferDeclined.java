package fi.valita.assignments;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An expert said no, maybe with a reason (shown to the pool's coordinators only). */
public record OfferDeclined(UUID offerId, UUID requestId, UUID expertId, @Nullable String reason) {}
