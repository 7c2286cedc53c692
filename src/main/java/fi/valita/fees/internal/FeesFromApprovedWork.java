package fi.valita.fees.internal;

import fi.valita.assignments.AssignmentApproved;
import fi.valita.fees.EngagementPay;
import fi.valita.fees.FeeLine;
import fi.valita.fees.FeeLineKind;
import fi.valita.fees.FeeLineStatus;
import fi.valita.fees.FeeParameter;
import fi.valita.fees.FeeParameters;
import fi.valita.fees.Rate;
import fi.valita.fees.RateKind;
import fi.valita.fees.Rates;
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
 * When work is approved, makes the draft lines in the same transaction, as far as the engagement form the work
 * was done under allows ({@link EngagementPay}): the fee or wages by the request's fee basis (the pool's rate
 * card or an agreed sum), a work-share payment for a day of 27 e § work activity, the kilometre allowance at the
 * day's dated rate (the pool's own lower rate if it set one), and tickets at cost; a day of work activity is recorded. A missing rate or parameter does not
 * refuse the approval: the line is made at 0 € with a note ({@link #RATE_MISSING}, {@link #PARAMETER_MISSING})
 * for the coordinator to correct.
 */
@Component
class FeesFromApprovedWork {

    static final String RATE_MISSING = "RATE_MISSING";
    static final String PARAMETER_MISSING = "PARAMETER_MISSING";

    private final WorkRequests requests;
    private final Rates rates;
    private final FeeParameters parameters;
    private final ExpenseRecords lines;
    private final AttendanceRecords attendance;
    private final Clock clock;

    FeesFromApprovedWork(WorkRequests requests, Rates rates, FeeParameters parameters, ExpenseRecords lines,
            AttendanceRecords attendance, Clock clock) {
        this.requests = requests;
        this.rates = rates;
        this.parameters = parameters;
        this.lines = lines;
        this.attendance = attendance;
        this.clock = clock;
    }

    @EventListener
    void on(AssignmentApproved approved) {
        WorkRequest request = requests.byIdForProcessing(approved.requestId());
        Instant now = Instant.now(clock);
        LocalDate day = WorkDates.workDate(request, LocalDate.ofInstant(now, WorkDates.HELSINKI));
        EngagementPay pay = EngagementPay.of(approved.engagementForm());
        var draft = new Draft(approved, request, day, pay);
        if (pay.earnings() != null) {
            FeeLineKind kind = pay.earnings();
            earnings(approved, request, day).ifPresent(priced -> add(draft, kind, priced, now));
        }
        if (pay.workShare()) {
            add(draft, FeeLineKind.WORK_SHARE, daily(FeeParameter.WORK_SHARE_PER_DAY, day, request), now);
        }
        if (pay.kmAllowance() && approved.travelKm() > 0) {
            add(draft, FeeLineKind.KM_ALLOWANCE, kmAllowance(approved, request, day), now);
        }
        Long tickets = approved.travelCostsCents();
        if (pay.tickets() && tickets != null && tickets > 0) {
            add(draft, FeeLineKind.TICKETS, new Priced(BigDecimal.ONE, Money.ofCents(tickets), null), now);
        }
        if (pay.attendance()) {
            attendance.add(approved.assignmentId(), approved.expertId(), request.poolOrganisationId(),
                    approved.engagementForm(), day, approved.hours(), now);
        }
    }

    private void add(Draft draft, FeeLineKind kind, Priced priced, Instant now) {
        lines.addApprovalLine(draft.line(kind, priced), priced.note(), now);
    }

    /** The fee or the wages, priced alike: the pool's rate card or the agreed sum; nothing for volunteer work. */
    private Optional<Priced> earnings(AssignmentApproved approved, WorkRequest request, LocalDate day) {
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

    private Priced kmAllowance(AssignmentApproved approved, WorkRequest request, LocalDate day) {
        BigDecimal km = BigDecimal.valueOf(approved.travelKm());
        // Refusing the approval would not help the expert: without the year's rate the line waits at 0 €.
        return parameters.effectiveOn(FeeParameter.KM_ALLOWANCE_PER_KM, day, request.poolOrganisationId())
                .filter(p -> p.valueCents() != null)
                .map(p -> new Priced(km, p.money(), null))
                .orElseGet(() -> new Priced(km, Money.ZERO, PARAMETER_MISSING));
    }

    /** One day at the dated amount of the key, or 0 € with a note when the table has none for the day. */
    private Priced daily(String key, LocalDate day, WorkRequest request) {
        return parameters.effectiveOn(key, day, request.poolOrganisationId())
                .filter(p -> p.valueCents() != null)
                .map(p -> new Priced(BigDecimal.ONE, p.money(), null))
                .orElseGet(() -> new Priced(BigDecimal.ONE, Money.ZERO, PARAMETER_MISSING));
    }

    /** A quantity at a unit price, and why the coordinator should look at it (null when nothing is wrong). */
    record Priced(BigDecimal quantity, Money unit, @Nullable String note) {}

    private record Draft(AssignmentApproved approved, WorkRequest request, LocalDate day, EngagementPay pay) {

        FeeLine line(FeeLineKind kind, Priced priced) {
            return new FeeLine(UUID.randomUUID(), approved.assignmentId(), approved.expertId(),
                    request.poolOrganisationId(), request.requesterOrganisationId(), kind,
                    priced.quantity().setScale(2, RoundingMode.HALF_UP), priced.unit(),
                    priced.unit().times(priced.quantity()), FeeLineStatus.DRAFT, day, pay.form());
        }
    }
}
