package fi.valita.assignments;

import fi.valita.identity.CurrentUser;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The assignment agreement (toimeksiantosopimus) as taking and reporting the work need it. The documents module
 * keeps the agreements and implements this interface: it depends on this module, so this module asks through the
 * interface instead of depending back on it. Which work needs an agreement is decided there, in one place.
 */
public interface AgreementGate {

    /**
     * The content check (SHA-256) of the agreement that comes with the offered work, as the offer page shows it to
     * its expert; null when the work needs no agreement.
     */
    @Nullable String offered(OfferDetails offer);

    /**
     * Records that the expert accepted the new assignment's agreement together with the offer, as the offer showed
     * it ({@code shownContent}, from {@link #offered}). Runs in the acceptance's transaction.
     *
     * @throws AssignmentRefused when the agreement changed after it was shown (the acceptance is then rolled back)
     */
    void acceptWithOffer(OfferDetails offer, UUID assignmentId, String shownContent, CurrentUser expert);

    /**
     * True when the assignment's work needs an agreement that its expert has not accepted as it reads now. The
     * viewer must see the assignment; only its expert and the pool's coordinators get an answer other than false.
     */
    boolean awaitsAcceptance(UUID assignmentId, CurrentUser viewer);
}
