package fi.valita.fees;

import fi.valita.experts.EngagementForm;
import fi.valita.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One thing to pay an expert for an assignment: quantity (hours, kilometres, 1) × unit amount. The
 * total may differ from the product after a coordinator's correction (see {@link FeeLineChange}).
 *
 * @param engagementForm the form the work was done under, which decided that the line may be paid
 */
public record FeeLine(UUID id, UUID assignmentId, UUID expertId, UUID poolOrganisationId,
        UUID requesterOrganisationId, FeeLineKind kind, BigDecimal quantity, Money unitAmount, Money total,
        FeeLineStatus status, LocalDate workDate, EngagementForm engagementForm) {}
