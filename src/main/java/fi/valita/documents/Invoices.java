package fi.valita.documents;

import fi.valita.assignments.AssignmentDetails;
import fi.valita.assignments.Assignments;
import fi.valita.fees.FeeLedger;
import fi.valita.fees.FeeLine;
import fi.valita.fees.FeeLineKind;
import fi.valita.identity.CurrentUser;
import fi.valita.identity.Identity;
import fi.valita.identity.Organisation;
import fi.valita.identity.OrganisationUnit;
import fi.valita.shared.Money;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invoice summaries: what a pool bills each requester organisation it serves for a month's work, from the
 * approved, exported and paid fee lines of that month, each line with the unit the work was for. Only the pool's
 * coordinators see them; any other user, or an organisation the pool does not serve, gets {@link DocumentNotFound}.
 */
@Service
public class Invoices {

    private final FeeLedger ledger;
    private final Identity identity;
    private final Assignments assignments;

    Invoices(FeeLedger ledger, Identity identity, Assignments assignments) {
        this.ledger = ledger;
        this.identity = identity;
        this.assignments = assignments;
    }

    /** Each requester organisation the pool serves (its own first, then clients by name) with the month's total. */
    @Transactional(readOnly = true)
    public List<InvoiceSummary> summaries(YearMonth month, CurrentUser coordinator) {
        requireCoordinator(coordinator, coordinator.organisationId());
        Map<UUID, List<FeeLine>> byRequester = ledger.ofPool(coordinator.organisationId(), Billable.STATUSES,
                        month.atDay(1), month.atEndOfMonth()).stream()
                .collect(Collectors.groupingBy(FeeLine::requesterOrganisationId));
        List<InvoiceSummary> summaries = new ArrayList<>();
        for (Organisation org : served(coordinator)) {
            List<FeeLine> lines = byRequester.getOrDefault(org.id(), List.of());
            int count = (int) lines.stream().map(FeeLine::assignmentId).distinct().count();
            summaries.add(new InvoiceSummary(org.id(), org.name(), count, total(lines)));
        }
        return summaries;
    }

    /** The month's billable work for one requester organisation, one line per assignment, oldest first. */
    @Transactional(readOnly = true)
    public Invoice invoice(UUID requesterOrganisationId, YearMonth month, CurrentUser coordinator) {
        requireCoordinator(coordinator, requesterOrganisationId);
        Organisation requester = served(coordinator).stream()
                .filter(o -> o.id().equals(requesterOrganisationId))
                .findFirst()
                .orElseThrow(() -> DocumentNotFound.invoice(requesterOrganisationId));
        Organisation pool = identity.organisation(coordinator.organisationId())
                .orElseThrow(() -> DocumentNotFound.invoice(requesterOrganisationId));
        Map<UUID, List<FeeLine>> byAssignment = ledger.ofRequester(pool.id(), requester.id(), Billable.STATUSES,
                        month.atDay(1), month.atEndOfMonth()).stream()
                .collect(Collectors.groupingBy(FeeLine::assignmentId, LinkedHashMap::new, Collectors.toList()));
        Map<UUID, String> units = identity.unitsOf(requester.id()).stream()
                .collect(Collectors.toMap(OrganisationUnit::id, OrganisationUnit::name));
        List<InvoiceLine> lines = new ArrayList<>();
        byAssignment.forEach((assignmentId, feeLines) ->
                lines.add(line(assignments.get(assignmentId, coordinator), feeLines, units)));
        lines.sort(Comparator.comparing(InvoiceLine::workDate).thenComparing(InvoiceLine::requestTitle)
                .thenComparing(InvoiceLine::expertName));
        return new Invoice(pool, requester, month, List.copyOf(lines));
    }

    private static InvoiceLine line(AssignmentDetails details, List<FeeLine> lines, Map<UUID, String> units) {
        Money fee = Money.ZERO;
        Money km = Money.ZERO;
        Money other = Money.ZERO;
        @Nullable BigDecimal quantity = null;
        for (FeeLine line : lines) {
            if (line.kind().isEarnings()) {
                fee = fee.plus(line.total());
                quantity = quantity == null ? line.quantity() : quantity.add(line.quantity());
            } else if (line.kind() == FeeLineKind.KM_ALLOWANCE) {
                km = km.plus(line.total());
            } else {
                other = other.plus(line.total());
            }
        }
        FeeLine first = lines.getFirst();
        UUID unit = details.request().requesterUnitId();
        return new InvoiceLine(first.assignmentId(), first.workDate(), details.request().title(),
                unit == null ? null : units.get(unit), first.expertId(),
                details.expertName(), details.request().taskType(), quantity, fee, km, other);
    }

    /** The organisations whose requesters order from the pool: the pool itself, then its clients by name. */
    private List<Organisation> served(CurrentUser coordinator) {
        List<Organisation> served = new ArrayList<>();
        identity.organisation(coordinator.organisationId()).ifPresent(served::add);
        identity.clientsOf(coordinator.organisationId()).stream()
                .sorted(Comparator.comparing(Organisation::name, String.CASE_INSENSITIVE_ORDER))
                .forEach(served::add);
        return served;
    }

    private static Money total(List<FeeLine> lines) {
        return lines.stream().map(FeeLine::total).reduce(Money.ZERO, Money::plus);
    }

    private static void requireCoordinator(CurrentUser user, UUID id) {
        if (!user.coordinates()) {
            throw DocumentNotFound.invoice(id);
        }
    }
}
