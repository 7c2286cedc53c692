package fi.valita.fees;

import fi.valita.shared.Money;
import java.time.Instant;
import java.util.UUID;

/** A coordinator's correction of a fee line's total, with the reason, kept for good. */
public record FeeLineChange(UUID id, UUID feeLineId, Money oldTotal, Money newTotal, String reason, UUID changedBy,
        Instant changedAt) {}
