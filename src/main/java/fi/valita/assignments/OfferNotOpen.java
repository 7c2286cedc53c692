package fi.valita.assignments;

import java.util.UUID;

/** An answer to an offer that cannot be taken; {@link #reason()} tells the expert why. */
public class OfferNotOpen extends RuntimeException {

    /** Why the offer could not be accepted or declined. */
    public enum Reason {
        /** As many experts as needed have already accepted. */
        FILLED,
        /** The reply deadline has passed. */
        EXPIRED,
        /** The expert already has an assignment at that time. */
        CLASHES,
        /** Already answered, or closed because the request was called off. */
        CLOSED
    }

    private final Reason reason;

    private OfferNotOpen(Reason reason, UUID offerId) {
        super("Offer " + offerId + " is not open: " + reason);
        this.reason = reason;
    }

    public static OfferNotOpen filled(UUID offerId) {
        return new OfferNotOpen(Reason.FILLED, offerId);
    }

    public static OfferNotOpen expired(UUID offerId) {
        return new OfferNotOpen(Reason.EXPIRED, offerId);
    }

    public static OfferNotOpen clashes(UUID offerId) {
        return new OfferNotOpen(Reason.CLASHES, offerId);
    }

    public static OfferNotOpen closed(UUID offerId) {
        return new OfferNotOpen(Reason.CLOSED, offerId);
    }

    public Reason reason() {
        return reason;
    }
}
