package fi.valita.fees.internal;

import fi.valita.assignments.AssignmentApproved;
import fi.valita.fees.FeeLine;
import fi.valita.fees.FeeLineKind;
import fi.valita.fees.FeeLineStatus;
import fi.valita.fees.FeeParameter;
import fi.valita.fees.FeeParameterMissing;
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
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When work is approved, makes the draft fee lines in the same transaction: the fee by the request's
 * fee basis (the pool's rate card, an agreed sum, nothing for volunteer work), the kilometre allowance
 * at the day's dated rate, and tickets at cost.
 */
@Component
class FeesFromApprovedWork {

    private static final Logger log = LoggerFactory.getLogger(FeesFromApprovedWork.class);
    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    private final WorkRequests requests;
    private final Rates rates;
    private final FeeParameters parameters;
    private final FeeLineRecords lines;
    private final Clock clock;

    FeesFromApprovedWork(WorkRequests requests, Rates rates, FeeParameters parameters, FeeLineRecords lines,
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
        LocalDate day = workDate(request, LocalDate.ofInstant(now, HELSINKI));
        var draft = new Draft(approved, request, day);
        List<FeeLine> made = new ArrayList<>();
        fee(approved, request, day).ifPresent(f -> made.add(draft.line(FeeLineKind.FEE, f.quantity(), f.unit())));
        if (approved.travelKm() > 0) {
            kmAllowance(approved, day).ifPresent(unit -> made.add(
                    draft.line(FeeLineKind.KM_ALLOWANCE, BigDecimal.valueOf(approved.travelKm()), unit)));
        }
        Long tickets = approved.travelCostsCents();
        if (tickets != null && tickets > 0) {
            made.add(draft.line(FeeLineKind.TICKETS, BigDecimal.ONE, Money.ofCents(tickets)));
        }
        made.forEach(line -> lines.addDraft(line, now));
    }

    private Optional<Priced> fee(AssignmentApproved approved, WorkRequest request, LocalDate day) {
        return switch (request.feeBasis()) {
            case VOLUNTEER -> Optional.empty();
            case AGREED_SUM -> Optional.ofNullable(request.agreedFeeCents())
                    .map(cents -> new Priced(BigDecimal.ONE, Money.ofCents(cents)));
            case ORGANISATION_RATE -> {
                Optional<Rate> rate = rates.rateFor(request.poolOrganisationId(), request.taskType(), day);
                if (rate.isEmpty()) {
                    log.warn("No rate on the card of pool {} for assignment {} on {}: no fee line made",
                            request.poolOrganisationId(), approved.assignmentId(), day);
                }
                yield rate.map(r -> priced(r, approved.hours()));
            }
        };
    }

    static Priced priced(Rate rate, BigDecimal reportedHours) {
        if (rate.kind() == RateKind.PER_HOUR) {
            return new Priced(rate.billableHours(reportedHours), rate.amount());
        }
        return new Priced(BigDecimal.ONE, rate.amount());
    }

    private Optional<Money> kmAllowance(AssignmentApproved approved, LocalDate day) {
        try {
            return Optional.of(parameters.valueOn(FeeParameter.KM_ALLOWANCE_PER_KM, day).money());
        } catch (FeeParameterMissing e) {
            // Refusing the approval would not help the expert; the coordinator adds the year's rate and the line.
            log.warn("No kilometre allowance for assignment {}: {}", approved.assignmentId(), e.getMessage());
            return Optional.empty();
        }
    }

    /** The day of the work: a fixed time's start, or for a window of days the approval day kept inside it. */
    static LocalDate workDate(WorkRequest request, LocalDate today) {
        if (request.startsAt() != null) {
            return LocalDate.ofInstant(request.startsAt(), HELSINKI);
        }
        LocalDate day = today;
        if (request.windowTo() != null && day.isAfter(request.windowTo())) {
            day = request.windowTo();
        }
        if (request.windowFrom() != null && day.isBefore(request.windowFrom())) {
            day = request.windowFrom();
        }
        return day;
    }

    record Priced(BigDecimal quantity, Money unit) {}

    private record Draft(AssignmentApproved approved, WorkRequest request, LocalDate day) {

        FeeLine line(FeeLineKind kind, BigDecimal quantity, Money unit) {
            return new FeeLine(UUID.randomUUID(), approved.assignmentId(), approved.expertId(),
                    request.poolOrganisationId(), request.requesterOrganisationId(), kind,
                    quantity.setScale(2, RoundingMode.HALF_UP), unit, unit.times(quantity), FeeLineStatus.DRAFT, day);
        }
    }
}
