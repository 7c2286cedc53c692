package fi.valita.fees;

import fi.valita.assignments.Assignment;
import fi.valita.assignments.AssignmentDetails;
import fi.valita.assignments.AssignmentStatus;
import fi.valita.assignments.Assignments;
import fi.valita.fees.internal.ExpenseRecords;
import fi.valita.fees.internal.ParameterValues;
import fi.valita.fees.internal.WorkDates;
import fi.valita.identity.CurrentUser;
import fi.valita.identity.Role;
import fi.valita.requests.WorkRequest;
import fi.valita.shared.Money;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Receipts and daily allowances of an assignment, added after the work by its expert or the pool's
 * coordinators as drafts for a coordinator to approve. Anyone else, the requester too, gets
 * {@link ExpenseNotFound} or the assignment's own 404.
 */
@Service
public class Expenses {

    /** The most one receipt can be: 10 000 €. */
    public static final long MAX_RECEIPT_CENTS = 1_000_000;
    public static final int MAX_DESCRIPTION = 100;

    private final Assignments assignments;
    private final ExpenseRecords records;
    private final FeeParameters parameters;
    private final VolunteerCaps caps;
    private final Clock clock;

    Expenses(Assignments assignments, ExpenseRecords records, FeeParameters parameters, VolunteerCaps caps,
            Clock clock) {
        this.assignments = assignments;
        this.records = records;
        this.parameters = parameters;
        this.caps = caps;
        this.clock = clock;
    }

    /** The assignment's expense lines (all but the fee), what can be added, and the volunteer's caps. */
    @Transactional(readOnly = true)
    public ExpensesOfWork of(UUID assignmentId, CurrentUser viewer) {
        AssignmentDetails work = visible(assignmentId, viewer);
        Assignment a = work.assignment();
        WorkRequest request = work.request();
        LocalDate day = WorkDates.workDate(request, today());
        EngagementPay pay = EngagementPay.of(a.engagementForm());
        List<CapUse> capUse = pay.volunteerCaps() && caps.applyTo(a.poolOrganisationId())
                ? caps.use(a.expertId(), a.poolOrganisationId(), day.getYear(), 1)
                : List.of();
        return new ExpensesOfWork(a.id(), request.title(), work.expertName(), a.status(), isOpen(a),
                pay.volunteerCaps(), records.expensesOf(a.id()), firstAllowanceDay(work),
                lastAllowanceDay(work), capUse, pay);
    }

    /**
     * Adds a receipt at cost: more than 0 and at most {@link #MAX_RECEIPT_CENTS}, of a receipt type, with a
     * few optional words and an optional file.
     *
     * @return the new line's id
     */
    @Transactional
    public UUID addReceipt(UUID assignmentId, Money amount, ExpenseType type, @Nullable String description,
            @Nullable ReceiptFile file, CurrentUser viewer) {
        AssignmentDetails work = openFor(assignmentId, viewer);
        if (amount.cents() <= 0 || amount.cents() > MAX_RECEIPT_CENTS) {
            throw ExpenseRefused.amountOutOfRange();
        }
        if (!type.isReceipt()) {
            throw new IllegalArgumentException(type + " is not a receipt");
        }
        if (!EngagementPay.of(work.assignment().engagementForm()).receipts().contains(type)) {
            throw ExpenseRefused.notPaidUnderForm("type");
        }
        String words = description == null || description.isBlank() ? null : description.strip();
        if (words != null && words.length() > MAX_DESCRIPTION) {
            throw ExpenseRefused.descriptionTooLong();
        }
        LocalDate day = WorkDates.workDate(work.request(), today());
        FeeLine line = line(work, FeeLineKind.RECEIPT, amount, day);
        Instant now = Instant.now(clock);
        records.addExpense(line, type, words, viewer.id(), now);
        if (file != null) {
            records.addReceiptFile(line.id(), file, viewer.id(), now);
        }
        return line.id();
    }

    /**
     * Adds a partial or full day's allowance at the amount of the day's dated parameter, for a day from the
     * day before the work to the day after it (never in the future), once a day. A volunteer's day that
     * would pass the yearly cap is added only when {@code capAccepted}.
     *
     * @return the new line's id
     */
    @Transactional
    public UUID addDailyAllowance(UUID assignmentId, ExpenseType length, LocalDate day, boolean capAccepted,
            CurrentUser viewer) {
        AssignmentDetails work = openFor(assignmentId, viewer);
        if (!ExpenseType.DAYS.contains(length)) {
            throw new IllegalArgumentException(length + " is not a daily allowance");
        }
        EngagementPay pay = EngagementPay.of(work.assignment().engagementForm());
        if (!pay.dailyAllowance()) {
            throw ExpenseRefused.notPaidUnderForm("length");
        }
        if (!ExpensesOfWork.allowanceDay(day, firstAllowanceDay(work), lastAllowanceDay(work))) {
            throw ExpenseRefused.dayOutsideWork();
        }
        Assignment a = work.assignment();
        if (records.hasDailyAllowance(a.expertId(), day)) {
            throw ExpenseRefused.dayTaken();
        }
        Money amount = dailyAllowanceOn(length, day, a.poolOrganisationId());
        if (pay.volunteerCaps() && !capAccepted && caps.applyTo(a.poolOrganisationId())
                && caps.use(a.expertId(), a.poolOrganisationId(), day.getYear(), 1).stream()
                        .anyMatch(use -> use.kind() == CapUse.Cap.DAILY_ALLOWANCE_DAYS && use.wouldPass())) {
            throw ExpenseRefused.capNotAccepted();
        }
        FeeLine line = line(work, FeeLineKind.DAILY_ALLOWANCE, amount, day);
        try {
            records.addExpense(line, length, null, viewer.id(), Instant.now(clock));
        } catch (DuplicateKeyException e) {
            throw ExpenseRefused.dayTaken();
        }
        return line.id();
    }

    /**
     * A day's allowance on the day, from the dated parameter table.
     *
     * @throws ExpenseRefused {@code allowanceMissing} when no parameter covers the day
     */
    @Transactional(readOnly = true)
    public Money dailyAllowanceOn(ExpenseType length, LocalDate day) {
        return ParameterValues.on(parameters, length.parameterKey(), day)
                .filter(p -> p.valueCents() != null)
                .map(FeeParameter::money)
                .orElseThrow(ExpenseRefused::allowanceMissing);
    }

    /** A day's allowance for the organisation's work on the day: its own lower value if it set one. */
    private Money dailyAllowanceOn(ExpenseType length, LocalDate day, UUID organisationId) {
        return parameters.effectiveOn(length.parameterKey(), day, organisationId)
                .filter(p -> p.valueCents() != null)
                .map(FeeParameter::money)
                .orElseThrow(ExpenseRefused::allowanceMissing);
    }

    /** Takes back a draft receipt or daily allowance the viewer added; anything else is not found. */
    @Transactional
    public void remove(UUID assignmentId, UUID lineId, CurrentUser viewer) {
        visible(assignmentId, viewer);
        if (!records.removeDraft(lineId, assignmentId, viewer.id())) {
            throw ExpenseNotFound.withId(lineId);
        }
    }

    /** The receipt file of an expense of the assignment, for its expert and the pool's coordinators. */
    @Transactional(readOnly = true)
    public ReceiptFile receipt(UUID assignmentId, UUID lineId, CurrentUser viewer) {
        visible(assignmentId, viewer);
        return records.line(lineId, assignmentId)
                .flatMap(line -> records.receiptFile(line.id()))
                .orElseThrow(() -> ExpenseNotFound.withId(lineId));
    }

    private AssignmentDetails openFor(UUID assignmentId, CurrentUser viewer) {
        AssignmentDetails work = visible(assignmentId, viewer);
        if (!isOpen(work.assignment())) {
            throw ExpenseRefused.notReported();
        }
        return work;
    }

    /** The assignment's own expert and the pool's coordinators; the requester sees the work but not this. */
    private AssignmentDetails visible(UUID assignmentId, CurrentUser viewer) {
        if (!viewer.is(Role.EXPERT) && !viewer.coordinates()) {
            throw ExpenseNotFound.assignment(assignmentId);
        }
        return assignments.get(assignmentId, viewer);
    }

    private static boolean isOpen(Assignment a) {
        return a.status() == AssignmentStatus.COMPLETED || a.status() == AssignmentStatus.APPROVED;
    }

    private static LocalDate firstAllowanceDay(AssignmentDetails work) {
        return WorkDates.firstDay(work.assignment(), work.request()).minusDays(1);
    }

    private LocalDate lastAllowanceDay(AssignmentDetails work) {
        LocalDate dayAfter = WorkDates.lastDay(work.assignment(), work.request()).plusDays(1);
        return dayAfter.isAfter(today()) ? today() : dayAfter;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(WorkDates.HELSINKI));
    }

    private static FeeLine line(AssignmentDetails work, FeeLineKind kind, Money amount, LocalDate day) {
        Assignment a = work.assignment();
        return new FeeLine(UUID.randomUUID(), a.id(), a.expertId(), a.poolOrganisationId(),
                a.requesterOrganisationId(), kind, BigDecimal.ONE.setScale(2), amount, amount, FeeLineStatus.DRAFT,
                day, a.engagementForm());
    }
}
