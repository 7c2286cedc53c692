package fi.valita.documents;

import fi.valita.assignments.Assignment;
import fi.valita.assignments.AssignmentDetails;
import fi.valita.assignments.AssignmentStatus;
import fi.valita.assignments.Assignments;
import fi.valita.documents.internal.AgreementAcceptances;
import fi.valita.fees.FeeParameter;
import fi.valita.fees.FeeParameters;
import fi.valita.fees.Rate;
import fi.valita.fees.Rates;
import fi.valita.identity.CurrentUser;
import fi.valita.identity.Identity;
import fi.valita.identity.Organisation;
import fi.valita.identity.Role;
import fi.valita.requests.FeeBasis;
import fi.valita.requests.WorkRequest;
import fi.valita.shared.Money;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assignment agreements (toimeksiantosopimus) for fee-based work, and the expert's acceptance of them. Work
 * paid by the pool's rate card or an agreed sum has one; volunteer work has none. The expert of the assignment
 * and the pool's coordinators see it; only the expert accepts it. Anyone else gets {@link DocumentNotFound}.
 */
@Service
public class AssignmentAgreements {

    /** The version of the agreement's wording; its text is in the documents bundle under this version. */
    public static final String TEMPLATE_VERSION = "2026-1";

    /** How far back the coordinator's list shows past assignments. */
    public static final int RECENT_DAYS = 30;

    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    private final Assignments assignments;
    private final Rates rates;
    private final FeeParameters parameters;
    private final Identity identity;
    private final AgreementAcceptances acceptances;
    private final Clock clock;

    AssignmentAgreements(Assignments assignments, Rates rates, FeeParameters parameters, Identity identity,
            AgreementAcceptances acceptances, Clock clock) {
        this.assignments = assignments;
        this.rates = rates;
        this.parameters = parameters;
        this.identity = identity;
        this.acceptances = acceptances;
        this.clock = clock;
    }

    /** The agreement of an assignment and where the expert is with it. */
    @Transactional(readOnly = true)
    public AgreementView agreement(UUID assignmentId, CurrentUser viewer) {
        if (!viewer.is(Role.EXPERT) && !viewer.coordinates()) {
            throw DocumentNotFound.agreement(assignmentId);
        }
        return agreementOf(assignments.get(assignmentId, viewer))
                .map(this::view)
                .orElseThrow(() -> DocumentNotFound.agreement(assignmentId));
    }

    /**
     * For the assignment page: the agreement, when the assignment has one and the viewer is its expert or one of
     * the pool's coordinators; null otherwise. The viewer must already see the assignment.
     */
    @Transactional(readOnly = true)
    public @Nullable AgreementView forAssignmentPage(UUID assignmentId, @Nullable Object viewer) {
        if (!(viewer instanceof CurrentUser user) || !(user.is(Role.EXPERT) || user.coordinates())) {
            return null;
        }
        return agreementOf(assignments.get(assignmentId, user)).map(this::view).orElse(null);
    }

    /**
     * The expert accepts the agreement as it was shown to them ({@code shownSha256}). Accepting the same content
     * again, even twice at once, keeps the first acceptance.
     *
     * @throws AgreementRefused when the agreement changed since it was shown, or the assignment is called off
     */
    @Transactional
    public AgreementAcceptance accept(UUID assignmentId, String shownSha256, CurrentUser expert) {
        if (!expert.is(Role.EXPERT)) {
            throw DocumentNotFound.agreement(assignmentId);
        }
        Agreement agreement = agreementOf(assignments.get(assignmentId, expert))
                .orElseThrow(() -> DocumentNotFound.agreement(assignmentId));
        if (agreement.cancelled()) {
            throw AgreementRefused.cancelled();
        }
        String sha = agreement.contentSha256();
        if (!sha.equals(shownSha256)) {
            throw AgreementRefused.changedMeanwhile();
        }
        acceptances.add(assignmentId, expert.id(), agreement.templateVersion(), sha, Instant.now(clock));
        return acceptances.ofAssignment(assignmentId).stream()
                .filter(a -> a.contentSha256().equals(sha))
                .findFirst()
                .orElseThrow();
    }

    /**
     * The coordinator's pool's fee-based assignments that are coming up or ended in the last {@value #RECENT_DAYS}
     * days, not called off, soonest first, each with where the expert is with its agreement.
     */
    @Transactional(readOnly = true)
    public List<AgreementView> ofPool(CurrentUser coordinator) {
        if (!coordinator.coordinates()) {
            return List.of();
        }
        LocalDate since = LocalDate.now(clock.withZone(HELSINKI)).minusDays(RECENT_DAYS);
        return assignments.mine(coordinator).stream()
                .filter(d -> d.assignment().status() != AssignmentStatus.CANCELLED)
                .filter(d -> !lastDay(d).isBefore(since))
                .map(this::agreementOf)
                .flatMap(Optional::stream)
                .map(this::view)
                .sorted(Comparator.comparing((AgreementView v) -> firstDay(v.agreement())))
                .toList();
    }

    private AgreementView view(Agreement agreement) {
        String sha = agreement.contentSha256();
        List<AgreementAcceptance> all = acceptances.ofAssignment(agreement.assignmentId());
        Optional<AgreementAcceptance> current = all.stream().filter(a -> a.contentSha256().equals(sha)).findFirst();
        if (current.isPresent()) {
            return new AgreementView(agreement, AgreementState.ACCEPTED, current.get(), null);
        }
        if (!all.isEmpty()) {
            return new AgreementView(agreement, AgreementState.CHANGED, null, all.getFirst());
        }
        return new AgreementView(agreement, AgreementState.NOT_ACCEPTED, null, null);
    }

    private Optional<Agreement> agreementOf(AssignmentDetails details) {
        WorkRequest r = details.request();
        if (r.feeBasis() == FeeBasis.VOLUNTEER) {
            return Optional.empty();
        }
        Assignment a = details.assignment();
        LocalDate day = workDay(a, r);
        Rate rate = r.feeBasis() == FeeBasis.ORGANISATION_RATE
                ? rates.rateFor(a.poolOrganisationId(), r.taskType(), day).orElse(null)
                : null;
        Money agreed = r.feeBasis() == FeeBasis.AGREED_SUM && r.agreedFeeCents() != null
                ? Money.ofCents(r.agreedFeeCents())
                : null;
        Instant starts = a.startsAt() != null ? a.startsAt() : r.startsAt();
        Instant ends = a.startsAt() != null ? a.endsAt() : r.endsAt();
        boolean fixed = starts != null;
        String poolName = identity.organisation(a.poolOrganisationId()).map(Organisation::name).orElse("–");
        return Optional.of(new Agreement(a.id(), TEMPLATE_VERSION, a.poolOrganisationId(), poolName, a.expertId(),
                details.expertName(), r.title(), r.taskType(), starts, ends, fixed ? null : r.windowFrom(),
                fixed ? null : r.windowTo(), r.remote(), r.municipalityCode(), r.feeBasis(), rate, agreed,
                kmAllowanceOn(day), a.status() == AssignmentStatus.CANCELLED));
    }

    /** Read from the history rather than {@code valueOn}, whose "missing" exception would spoil the transaction. */
    private @Nullable Money kmAllowanceOn(LocalDate day) {
        return parameters.history(FeeParameter.KM_ALLOWANCE_PER_KM).stream()
                .filter(p -> !p.validFrom().isAfter(day) && (p.validTo() == null || !p.validTo().isBefore(day)))
                .filter(p -> p.valueCents() != null)
                .map(FeeParameter::money)
                .findFirst()
                .orElse(null);
    }

    /** The day whose rates apply: the day the work starts, or the first day of its window. */
    private static LocalDate workDay(Assignment a, WorkRequest r) {
        Instant starts = a.startsAt() != null ? a.startsAt() : r.startsAt();
        if (starts != null) {
            return LocalDate.ofInstant(starts, HELSINKI);
        }
        return r.windowFrom() != null ? r.windowFrom() : LocalDate.ofInstant(r.createdAt(), HELSINKI);
    }

    private static LocalDate lastDay(AssignmentDetails d) {
        Instant ends = d.assignment().endsAt() != null ? d.assignment().endsAt() : d.request().endsAt();
        if (ends != null) {
            return LocalDate.ofInstant(ends, HELSINKI);
        }
        return d.request().windowTo() != null ? d.request().windowTo() : LocalDate.MAX;
    }

    private static LocalDate firstDay(Agreement a) {
        if (a.startsAt() != null) {
            return LocalDate.ofInstant(a.startsAt(), HELSINKI);
        }
        return a.windowFrom() != null ? a.windowFrom() : LocalDate.MAX;
    }
}
