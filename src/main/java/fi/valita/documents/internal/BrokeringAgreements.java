package fi.valita.documents.internal;

import fi.valita.assignments.AgreementGate;
import fi.valita.assignments.OfferDetails;
import fi.valita.documents.AssignmentAgreements;
import fi.valita.identity.CurrentUser;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Answers brokering's questions about assignment agreements (see {@link AgreementGate}) from this module's. */
@Component
class BrokeringAgreements implements AgreementGate {

    private final AssignmentAgreements agreements;

    BrokeringAgreements(AssignmentAgreements agreements) {
        this.agreements = agreements;
    }

    @Override
    public @Nullable String offered(OfferDetails offer) {
        return agreements.offeredContent(offer);
    }

    @Override
    public void acceptWithOffer(OfferDetails offer, UUID assignmentId, String shownContent, CurrentUser expert) {
        agreements.acceptWithOffer(offer, assignmentId, shownContent, expert);
    }

    @Override
    public boolean awaitsAcceptance(UUID assignmentId, CurrentUser viewer) {
        return agreements.awaitsAcceptance(assignmentId, viewer);
    }
}
