package fi.valita.assignments;

/** Offers that cannot be sent; {@link #messageKey()} says why in the coordinator's language. */
public class OffersRefused extends RuntimeException {

    private final String messageKey;

    private OffersRefused(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public static OffersRefused noExperts() {
        return new OffersRefused("assignments.error.no-experts");
    }

    public static OffersRefused notInPool() {
        return new OffersRefused("assignments.error.not-in-pool");
    }

    /** An expert chosen asked to be offered only volunteer work, and this work is paid with a fee. */
    public static OffersRefused volunteerWorkOnly() {
        return new OffersRefused("assignments.error.volunteer-work-only");
    }

    /** None of an expert's engagement forms allows the work (e.g. paid work for a volunteer), or none is recorded. */
    public static OffersRefused noFittingEngagementForm() {
        return new OffersRefused("assignments.error.no-fitting-engagement-form");
    }

    /** The engagement form chosen for an expert is not one of theirs that fits the work. */
    public static OffersRefused engagementFormDoesNotFit() {
        return new OffersRefused("assignments.error.engagement-form-does-not-fit");
    }

    public static OffersRefused requestNotOpen() {
        return new OffersRefused("assignments.error.request-not-open");
    }

    public static OffersRefused respondByInPast() {
        return new OffersRefused("assignments.error.respond-by-past");
    }

    public static OffersRefused respondByAfterStart() {
        return new OffersRefused("assignments.error.respond-by-after-start");
    }

    public String messageKey() {
        return messageKey;
    }
}
