package fi.valita.documents;

import fi.valita.assignments.AssignmentDetails;
import fi.valita.assignments.AssignmentRefused;
import fi.valita.assignments.AssignmentStatus;
import fi.valita.assignments.Assignments;
import fi.valita.assignments.OfferDetails;
import fi.valita.experts.EngagementForm;
import fi.valita.documents.internal.AgreementAcceptances;
import fi.valita.identity.CurrentUser;
import fi.valita.identity.Role;
import fi.valita.requests.FeeBasis;
import fi.valita.requests.WorkRequest;
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
    private final AgreementTerms terms;
    private final AgreementAcceptances acceptances;
    private final Clock clock;

    AssignmentAgreements(Assignments assignments, AgreementTerms terms, AgreementAcceptances acceptances,
            Clock clock) {
        this.assignments = assignments;
        this.terms = terms;
        this.acceptances = acceptances;
        this.clock = clock;
    }

    /**
     * Which work is done under an assignment agreement: work done under the engagement form of a fee-based
     * assignment (toimeksianto), paid a fee by the pool's rate card or an agreed sum. The agreement of template
     * {@value #TEMPLATE_VERSION} is about a fee, its tax and the right to decline it ("an assignment, not an
     * employment contract"): a volunteer has none of these (expenses under the volunteer caps), an employee has an
     * employment contract, and work activity and work trials are done under their own plans and pay no fee.
     */
    public static boolean needsAgreement(EngagementForm form) {
        return form == EngagementForm.FEE_BASED_ASSIGNMENT;
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
     * The agreement that comes with one of the expert's offers, to read before taking the work (the caller has
     * read the offer as its expert); {@link DocumentNotFound} when the work needs none.
     */
    @Transactional(readOnly = true)
    public Agreement forOffer(OfferDetails offer) {
        return terms.ofOffer(offer).orElseThrow(() -> DocumentNotFound.agreement(offer.offer().id()));
    }

    /** The content check of the agreement that comes with the offered work; null when it needs none. */
    @Transactional(readOnly = true)
    public @Nullable String offeredContent(OfferDetails offer) {
        return terms.ofOffer(offer).map(Agreement::contentSha256).orElse(null);
    }

    /**
     * The expert accepts the new assignment's agreement with its offer, in the offer's acceptance: the agreement
     * the offer showed ({@code shownContent}) must still read the same. Work that needs no agreement has nothing to
     * accept.
     *
     * @throws AssignmentRefused when the agreement changed after the offer showed it
     */
    @Transactional
    public void acceptWithOffer(OfferDetails offer, UUID assignmentId, String shownContent, CurrentUser expert) {
        String offered = offeredContent(offer);
        if (offered == null) {
            return;
        }
        if (!shownContent.equals(offered)) {
            throw AssignmentRefused.agreementChanged();
        }
        Agreement agreement = agreementOf(assignments.get(assignmentId, expert)).orElseThrow();
        acceptances.add(assignmentId, expert.id(), agreement.templateVersion(), agreement.contentSha256(),
                Instant.now(clock));
    }

    /**
     * True when the assignment needs an agreement that its expert has not accepted as it reads now (never accepted,
     * or changed since) and it is not called off. Only the expert and the pool's coordinators are told; for anyone
     * else it is false.
     */
    @Transactional(readOnly = true)
    public boolean awaitsAcceptance(UUID assignmentId, CurrentUser viewer) {
        if (!viewer.is(Role.EXPERT) && !viewer.coordinates()) {
            return false;
        }
        return agreementOf(assignments.get(assignmentId, viewer))
                .filter(a -> !a.cancelled())
                .map(this::view)
                .map(v -> v.state() != AgreementState.ACCEPTED)
                .orElse(false);
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
        return terms.of(details);
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
