package fi.valita.fees.internal;

import fi.valita.assignments.AssignmentApproved;
import fi.valita.fees.FeeLine;
import fi.valita.fees.FeeLineKind;
import fi.valita.fees.FeeLineStatus;
import fi.valita.fees.FeeParameter;
import fi.valita.fees.FeeParameters;
import fi.valita.fees.Rate;
import fi.valita.fees.RateKind;
import fi.valita.fees.Rates;
import fi.valita.requests.FeeBasis;
import fi.valita.requests.WorkRequest;
import fi.valita.requests.WorkRequests;
import fi.valita.shared.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When work is approved, makes the draft fee lines in the same transaction: the fee by the request's
 * fee basis (the pool's rate card, an agreed sum, nothing for volunteer work), the kilometre allowance
 * at the day's dated rate, and tickets at cost. A missing rate or parameter does not refuse the approval:
 * the line is made at 0 € with a note ({@link #RATE_MISSING}, {@link #PARAMETER_MISSING}) for the
 * coordinator to correct.
 */
@Component
class FeesFromApprovedWork {

    static final String RATE_MISSING = "RATE_MISSING";
    static final String PARAMETER_MISSING = "PARAMETER_MISSING";

    private final WorkRequests requests;
    private final Rates rates;
    private final FeeParameters parameters;
    private final ExpenseRecords lines;
    private final Clock clock;

    FeesFromApprovedWork(WorkRequests requests, Rates rates, FeeParameters parameters, ExpenseRecords lines,
            Clock clock) {
        this.requests = requests;
        this.rates = rates;
        this.parameters = parameters;
        this.lines = lines;
        this.clock = clock;
    }

    @EventListener
    void on(AssignmentApproved approved) {
        WorkRequest request = requests.byIdForProcessing(approved.requestId());
        Instant now = Instant.now(clock);
        LocalDate day = WorkDates.workDate(request, LocalDate.ofInstant(now, WorkDates.HELSINKI));
        boolean volunteer = request.feeBasis() == FeeBasis.VOLUNTEER;
        var draft = new Draft(approved, request, day);
        fee(approved, request, day).ifPresent(fee -> add(draft.line(FeeLineKind.FEE, fee), fee, volunteer, now));
        if (approved.travelKm() > 0) {
            Priced km = kmAllowance(approved, day);
            add(draft.line(FeeLineKind.KM_ALLOWANCE, km), km, volunteer, now);
        }
        Long tickets = approved.travelCostsCents();
        if (tickets != null && tickets > 0) {
            Priced costs = new Priced(BigDecimal.ONE, Money.ofCents(tickets), null);
            add(draft.line(FeeLineKind.TICKETS, costs), costs, volunteer, now);
        }
    }

    private void add(FeeLine line, Priced priced, boolean volunteer, Instant now) {
        lines.addApprovalLine(line, volunteer, priced.note(), now);
    }

    private Optional<Priced> fee(AssignmentApproved approved, WorkRequest request, LocalDate day) {
        return switch (request.feeBasis()) {
            case VOLUNTEER -> Optional.empty();
            case AGREED_SUM -> Optional.ofNullable(request.agreedFeeCents())
                    .map(cents -> new Priced(BigDecimal.ONE, Money.ofCents(cents), null));
            case ORGANISATION_RATE -> Optional.of(rates.rateFor(request.poolOrganisationId(), request.taskType(), day)
                    .map(rate -> priced(rate, approved.hours()))
                    .orElseGet(() -> new Priced(approved.hours(), Money.ZERO, RATE_MISSING)));
        };
    }

    static Priced priced(Rate rate, BigDecimal reportedHours) {
        if (rate.kind() == RateKind.PER_HOUR) {
            return new Priced(rate.billableHours(reportedHours), rate.amount(), null);
        }
        return new Priced(BigDecimal.ONE, rate.amount(), null);
    }

    private Priced kmAllowance(AssignmentApproved approved, LocalDate day) {
        BigDecimal km = BigDecimal.valueOf(approved.travelKm());
        // Refusing the approval would not help the expert: without the year's rate the line waits at 0 €.
        return ParameterValues.on(parameters, FeeParameter.KM_ALLOWANCE_PER_KM, day)
                .filter(p -> p.valueCents() != null)
                .map(p -> new Priced(km, p.money(), null))
                .orElseGet(() -> new Priced(km, Money.ZERO, PARAMETER_MISSING));
    }

    /** A quantity at a unit price, and why the coordinator should look at it (null when nothing is wrong). */
    record Priced(BigDecimal quantity, Money unit, @Nullable String note) {}

    private record Draft(AssignmentApproved approved, WorkRequest request, LocalDate day) {

        FeeLine line(FeeLineKind kind, Priced priced) {
            return new FeeLine(UUID.randomUUID(), approved.assignmentId(), approved.expertId(),
                    request.poolOrganisationId(), request.requesterOrganisationId(), kind,
                    priced.quantity().setScale(2, RoundingMode.HALF_UP), priced.unit(),
                    priced.unit().times(priced.quantity()), FeeLineStatus.DRAFT, day);
        }
    }
}
