package fi.valita.earnings;

import fi.valita.earnings.internal.BenefitLimitRecords;
import fi.valita.fees.ParameterChange.Action;
import fi.valita.fees.ParameterChange.Table;
import fi.valita.fees.ParameterChanges;
import fi.valita.identity.CurrentUser;
import fi.valita.identity.PlatformOperators;
import fi.valita.identity.Role;
import fi.valita.shared.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dated table of pensions' and benefits' earnings limits. Everyone signed in reads it (the figures are
 * public rules, not anyone's data). The limits are national (Kela's and the law's), so only the platform operator
 * adds a row for a new period and ends an open one, each with a reason that is logged ({@link ParameterChanges}).
 * Rows are never edited otherwise, so that what an expert was told last year stays explainable.
 */
@Service
public class BenefitLimits {

    static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,59}");

    private final BenefitLimitRecords limits;
    private final PlatformOperators operators;
    private final ParameterChanges changes;

    BenefitLimits(BenefitLimitRecords limits, PlatformOperators operators, ParameterChanges changes) {
        this.limits = limits;
        this.operators = operators;
        this.changes = changes;
    }

    /** Whether the user may change the table: only the platform operator, who is an admin. */
    public boolean changesTable(CurrentUser user) {
        return user.is(Role.ADMIN) && operators.isOperator(user);
    }

    /** Every row, by code and then oldest first. */
    @Transactional(readOnly = true)
    public List<BenefitLimit> all() {
        return limits.all();
    }

    /** The rows of one limit, oldest first. */
    @Transactional(readOnly = true)
    public List<BenefitLimit> rowsOf(String code) {
        return limits.ofCode(code);
    }

    /** The limits an expert can choose on the day: one row per code, the one valid that day. */
    @Transactional(readOnly = true)
    public List<BenefitLimit> choosableOn(LocalDate day) {
        return limits.all().stream()
                .filter(l -> l.isValidOn(day))
                .sorted(Comparator.comparing(BenefitLimit::kind).thenComparing(BenefitLimit::code))
                .toList();
    }

    /**
     * Adds a row and logs it with the reason. A new code gets the message keys {@code earnings.limit.<CODE>.name}
     * and {@code .description}; another period of a known code keeps its keys and must keep its kind.
     *
     * @throws EarningsRefused when a rule is broken, e.g. the period overlaps another row of the code
     * @throws AccessDeniedException unless the user is the platform operator
     * @throws IllegalArgumentException without a reason
     */
    @Transactional
    public BenefitLimit add(NewBenefitLimit row, String reason, CurrentUser operator) {
        requireOperatorWithReason(operator, reason);
        List<EarningsRefused> refusals = refusalsOf(row.code(), row.kind(), row.amount(), row.validFrom(), row.validTo());
        if (!refusals.isEmpty()) {
            throw refusals.getFirst();
        }
        List<BenefitLimit> earlier = limits.ofCode(row.code());
        if (earlier.stream().anyMatch(l -> l.kind() != row.kind())) {
            throw EarningsRefused.otherKind();
        }
        checkPeriod(row.code(), row.validFrom(), row.validTo(), null, EarningsRefused.overlaps());
        String nameKey = earlier.isEmpty() ? "earnings.limit." + row.code() + ".name" : earlier.getLast().nameKey();
        String descriptionKey = earlier.isEmpty() ? "earnings.limit." + row.code() + ".description"
                : earlier.getLast().descriptionKey();
        var added = new BenefitLimit(UUID.randomUUID(), row.code(), row.kind(), row.amount(), row.validFrom(),
                row.validTo(), nameKey, descriptionKey, row.example());
        limits.add(added);
        String before = earlier.stream().filter(l -> l.isValidOn(row.validFrom().minusDays(1))).findFirst()
                .map(LimitLog::valueAndPeriod).orElse(null);
        changes.log(Table.BENEFIT_LIMIT, added.id(), added.code(), null, Action.ADDED, before,
                LimitLog.valueAndPeriod(added), reason, operator);
        return added;
    }

    /**
     * Sets the last day of a row, e.g. of an open-ended one before a new period is added, and logs it with the
     * reason.
     *
     * @throws EarningsRefused when the day is before the row starts or reaches another row of the code
     * @throws AccessDeniedException unless the user is the platform operator
     * @throws IllegalArgumentException without a reason
     */
    @Transactional
    public void end(UUID id, LocalDate lastDay, String reason, CurrentUser operator) {
        requireOperatorWithReason(operator, reason);
        BenefitLimit row = limits.byId(id).orElseThrow(() -> BenefitLimitNotFound.withId(id));
        checkPeriod(row.code(), row.validFrom(), lastDay, id, EarningsRefused.lastDayOverlaps());
        limits.end(id, lastDay);
        changes.log(Table.BENEFIT_LIMIT, id, row.code(), null, Action.ENDED, LimitLog.lastDay(row.validTo()),
                LimitLog.lastDay(lastDay), reason, operator);
    }

    /**
     * The rules a new row keeps on its own, each for its own field: a code of capitals, digits and
     * underscores, no amount for "any fee", an end not before the start. A value not given (null) is
     * not checked; the form asks this together with its other checks.
     */
    public static List<EarningsRefused> refusalsOf(@Nullable String code, @Nullable BenefitLimitKind kind,
            @Nullable Money amount, @Nullable LocalDate from, @Nullable LocalDate to) {
        List<EarningsRefused> refusals = new ArrayList<>();
        if (code != null && !code.isBlank() && !CODE.matcher(code).matches()) {
            refusals.add(EarningsRefused.badCode());
        }
        if (kind == BenefitLimitKind.ANY_FEE && amount != null) {
            refusals.add(EarningsRefused.amountNotForAnyFee());
        }
        if (endsBeforeStart(from, to)) {
            refusals.add(EarningsRefused.endsBeforeStart());
        }
        return refusals;
    }

    private static boolean endsBeforeStart(@Nullable LocalDate from, @Nullable LocalDate to) {
        return from != null && to != null && to.isBefore(from);
    }

    private void checkPeriod(String code, LocalDate from, @Nullable LocalDate to, @Nullable UUID except,
            EarningsRefused overlap) {
        if (endsBeforeStart(from, to)) {
            throw EarningsRefused.endsBeforeStart();
        }
        if (limits.overlaps(code, from, to, except)) {
            throw overlap;
        }
    }

    private void requireOperatorWithReason(CurrentUser user, String reason) {
        if (!user.is(Role.ADMIN)) {
            throw new AccessDeniedException("Only the platform operator changes benefit limits");
        }
        operators.require(user);
        if (!ParameterChanges.isReason(reason)) {
            throw new IllegalArgumentException("A change of a benefit limit needs a reason");
        }
    }
}
