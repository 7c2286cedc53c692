package fi.valita.documents.internal;

import fi.valita.documents.AssignmentAgreements;
import fi.valita.fees.FeeHold;
import fi.valita.fees.FeeHolds;
import fi.valita.identity.CurrentUser;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Holds the fee lines of work whose assignment agreement its expert has not accepted as it reads now. */
@Component
class AgreementFeeHolds implements FeeHolds {

    private final AssignmentAgreements agreements;

    AgreementFeeHolds(AssignmentAgreements agreements) {
        this.agreements = agreements;
    }

    @Override
    public Map<UUID, FeeHold> on(Collection<UUID> assignmentIds, CurrentUser viewer) {
        Map<UUID, FeeHold> holds = new LinkedHashMap<>();
        for (UUID id : assignmentIds) {
            if (agreements.awaitsAcceptance(id, viewer)) {
                holds.put(id, FeeHold.AGREEMENT_NOT_ACCEPTED);
            }
        }
        return holds;
    }
}
