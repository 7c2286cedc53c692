package fi.valita.fees;

import fi.valita.assignments.AssignmentDetails;
import fi.valita.assignments.Assignments;
import fi.valita.fees.CapUse.Cap;
import fi.valita.fees.internal.ExpenseRecords;
import fi.valita.fees.internal.ParameterValues;
import fi.valita.fees.internal.ExpenseRecords.VolunteerSums;
import fi.valita.identity.CurrentUser;
import fi.valita.identity.Identity;
import fi.valita.identity.OrganisationKind;
import fi.valita.identity.Role;
import fi.valita.identity.UserAccount;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The yearly tax-free caps of volunteers of public-benefit organisations (pools of organisation kind NGO):
 * kilometre allowances and days with a daily allowance, per person, pool and calendar year of the work.
 * Lines of volunteer work count unless declined; the caps come from the dated parameter table, as valid on
 * the year's last day.
 */
@Service
public class VolunteerCaps {

    private final ExpenseRecords records;
    private final FeeParameters parameters;
    private final Identity identity;
    private final Assignments assignments;

    VolunteerCaps(ExpenseRecords records, FeeParameters parameters, Identity identity, Assignments assignments) {
        this.records = records;
        this.parameters = parameters;
        this.identity = identity;
        this.assignments = assignments;
    }

    /**
     * What the fee review of an assignment should warn about: for volunteer work of a public-benefit
     * organisation, the caps of the years of its lines that are near, passed or missing. Empty otherwise.
     * For the pool's coordinators and the assignment's expert; anyone else gets the assignment's 404.
     */
    @Transactional(readOnly = true)
    public List<CapUse> warningsFor(UUID assignmentId, CurrentUser viewer) {
        if (viewer.is(Role.REQUESTER)) {
            throw ExpenseNotFound.assignment(assignmentId);
        }
        AssignmentDetails work = assignments.get(assignmentId, viewer);
        UUID pool = work.assignment().poolOrganisationId();
        if (!EngagementPay.of(work.assignment().engagementForm()).volunteerCaps() || !applyTo(pool)) {
            return List.of();
        }
        return records.expensesOf(assignmentId).stream()
                .map(line -> line.workDate().getYear())
                .distinct()
                .sorted()
                .flatMap(year -> use(work.assignment().expertId(), pool, year, 0).stream())
                .filter(use -> use.level().warns())
                .toList();
    }

    /** The pool's volunteers of the year with both caps, those nearest a cap first. Only for coordinators. */
    @Transactional(readOnly = true)
    public List<VolunteerYear> ofPool(int year, CurrentUser coordinator) {
        if (!coordinator.coordinates()) {
            throw new AccessDeniedException("Only coordinators follow the volunteers' caps");
        }
        UUID pool = coordinator.organisationId();
        if (!applyTo(pool)) {
            return List.of();
        }
        Optional<Long> kmCap = cap(Cap.KM_ALLOWANCE, year);
        Optional<Long> dayCap = cap(Cap.DAILY_ALLOWANCE_DAYS, year);
        return records.volunteersOf(pool, year).stream()
                .map(sums -> new VolunteerYear(sums.expertId(), name(sums.expertId()),
                        use(Cap.KM_ALLOWANCE, year, sums.kmCents(), kmCap, 0),
                        use(Cap.DAILY_ALLOWANCE_DAYS, year, sums.days(), dayCap, 0)))
                .sorted(Comparator.comparing(VolunteerYear::worst).reversed().thenComparing(VolunteerYear::name))
                .toList();
    }

    /** The caps apply to the pool: it is a public-benefit organisation (NGO). */
    @Transactional(readOnly = true)
    public boolean applyTo(UUID poolOrganisationId) {
        return identity.organisation(poolOrganisationId).map(o -> o.kind() == OrganisationKind.NGO).orElse(false);
    }

    /** Both caps of a person with a pool in a year, with {@code nextDays} more days of allowance considered. */
    List<CapUse> use(UUID expertId, UUID poolOrganisationId, int year, long nextDays) {
        VolunteerSums sums = records.volunteerSums(expertId, poolOrganisationId, year);
        return List.of(use(Cap.KM_ALLOWANCE, year, sums.kmCents(), cap(Cap.KM_ALLOWANCE, year), 0),
                use(Cap.DAILY_ALLOWANCE_DAYS, year, sums.days(), cap(Cap.DAILY_ALLOWANCE_DAYS, year), nextDays));
    }

    private static CapUse use(Cap kind, int year, long used, Optional<Long> cap, long next) {
        return cap.map(limit -> new CapUse(kind, year, used, limit, CapLevel.of(used, limit, next),
                        next > 0 && used + next > limit))
                .orElseGet(() -> new CapUse(kind, year, used, null, CapLevel.CAP_MISSING, false));
    }

    /** The cap valid on the year's last day, in cents or days; empty when the table has none. */
    private Optional<Long> cap(Cap kind, int year) {
        return ParameterValues.on(parameters, kind.parameterKey(), LocalDate.of(year, 12, 31))
                .flatMap(p -> kind == Cap.KM_ALLOWANCE ? Optional.ofNullable(p.valueCents())
                        : Optional.ofNullable(p.valueDecimal()).map(BigDecimal::longValue));
    }

    private String name(UUID personId) {
        return identity.account(personId).map(UserAccount::displayName).orElse("?");
    }
}
