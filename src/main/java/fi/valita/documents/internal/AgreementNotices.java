package fi.valita.documents.internal;

import fi.valita.assignments.OfferAccepted;
import fi.valita.documents.AssignmentAgreements;
import fi.valita.notifications.Notifications;
import fi.valita.requests.WorkRequest;
import fi.valita.requests.WorkRequests;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the expert in the app that fee-based work they took has an agreement waiting for them to read and
 * accept, unless they accepted it with the offer. In the acceptance's own transaction, like the other messages
 * about it.
 */
@Component
class AgreementNotices {

    private final WorkRequests requests;
    private final AgreementAcceptances acceptances;
    private final Notifications notifications;

    AgreementNotices(WorkRequests requests, AgreementAcceptances acceptances, Notifications notifications) {
        this.requests = requests;
        this.acceptances = acceptances;
        this.notifications = notifications;
    }

    @EventListener
    void on(OfferAccepted accepted) {
        if (!AssignmentAgreements.needsAgreement(accepted.engagementForm())
                || !acceptances.ofAssignment(accepted.assignmentId()).isEmpty()) {
            return;
        }
        WorkRequest request = requests.byIdForProcessing(accepted.requestId());
        notifications.notify(accepted.expertId(), "AGREEMENT_WAITING", "documents.notice.agreement-waiting",
                List.of(request.title()), "/assignments/" + accepted.assignmentId() + "/agreement");
    }
}
