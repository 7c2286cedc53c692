package fi.valita.documents;

import fi.valita.assignments.AssignmentDetails;
import fi.valita.assignments.AssignmentStatus;
import fi.valita.assignments.OfferDetails;
import fi.valita.experts.EngagementForm;
import fi.valita.fees.FeeParameter;
import fi.valita.fees.FeeParameters;
import fi.valita.fees.Rate;
import fi.valita.fees.Rates;
import fi.valita.identity.Identity;
import fi.valita.identity.Organisation;
import fi.valita.identity.UserAccount;
import fi.valita.requests.FeeBasis;
import fi.valita.requests.WorkRequest;
import fi.valita.shared.Money;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Draws up the agreement of a piece of work from the request, the pool's rate card and the dated parameters: for an
 * assignment, or for an offer before its assignment exists (to show it with the offer). The time is the request's:
 * a fixed time, or its window of days. A day later agreed within the window is agreed under this agreement, as
 * its text says, so agreeing it does not change the content the expert accepted.
 */
@Component
class AgreementTerms {

    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    private final Rates rates;
    private final FeeParameters parameters;
    private final Identity identity;

    AgreementTerms(Rates rates, FeeParameters parameters, Identity identity) {
        this.rates = rates;
        this.parameters = parameters;
        this.identity = identity;
    }

    /** The assignment's agreement; empty when its work needs none. */
    Optional<Agreement> of(AssignmentDetails details) {
        var a = details.assignment();
        return draw(a.id(), a.poolOrganisationId(), a.expertId(), details.expertName(), details.request(),
                a.engagementForm(), a.status() == AssignmentStatus.CANCELLED);
    }

    /**
     * The agreement the offered work would have, for its expert to read before taking the work; empty when it needs
     * none. It carries the offer's id where an assignment's agreement carries the assignment's, so its content
     * check differs from the assignment's: it is compared only with another preview of the same offer.
     */
    Optional<Agreement> ofOffer(OfferDetails details) {
        var o = details.offer();
        String expertName = identity.account(o.expertId()).map(UserAccount::displayName).orElse("–");
        return draw(o.id(), o.poolOrganisationId(), o.expertId(), expertName, details.request(), o.engagementForm(),
                false);
    }

    private Optional<Agreement> draw(UUID id, UUID poolId, UUID expertId, String expertName, WorkRequest r,
            EngagementForm form, boolean cancelled) {
        if (!AssignmentAgreements.needsAgreement(form)) {
            return Optional.empty();
        }
        LocalDate day = workDay(r);
        Rate rate = r.feeBasis() == FeeBasis.ORGANISATION_RATE
                ? rates.rateFor(poolId, r.taskType(), day).orElse(null)
                : null;
        Money agreed = r.feeBasis() == FeeBasis.AGREED_SUM && r.agreedFeeCents() != null
                ? Money.ofCents(r.agreedFeeCents())
                : null;
        String poolName = identity.organisation(poolId).map(Organisation::name).orElse("–");
        return Optional.of(new Agreement(id, AssignmentAgreements.TEMPLATE_VERSION, poolId, poolName, expertId,
                expertName, r.title(), r.taskType(), r.startsAt(), r.endsAt(), r.windowFrom(), r.windowTo(),
                r.remote(), r.municipalityCode(), r.feeBasis(), rate, agreed, kmAllowanceOn(day, poolId), cancelled));
    }

    /** Not from {@code valueOn}, whose "missing" exception would spoil the transaction; the pool's own if lower. */
    private @Nullable Money kmAllowanceOn(LocalDate day, UUID poolId) {
        return parameters.effectiveOn(FeeParameter.KM_ALLOWANCE_PER_KM, day, poolId).stream()
                .filter(p -> p.valueCents() != null)
                .map(FeeParameter::money)
                .findFirst()
                .orElse(null);
    }

    /** The day whose rates apply: the day the work starts, or the first day of its window. */
    private static LocalDate workDay(WorkRequest r) {
        if (r.startsAt() != null) {
            return LocalDate.ofInstant(r.startsAt(), HELSINKI);
        }
        return r.windowFrom() != null ? r.windowFrom() : LocalDate.ofInstant(r.createdAt(), HELSINKI);
    }
}
