package fi.valita.requests;

/** A request that breaks a rule; {@link #field()} names the form field at fault. */
public class RequestRefused extends RuntimeException {

    private final String field;
    private final String messageKey;

    private RequestRefused(String field, String messageKey) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
    }

    public static RequestRefused poolDoesNotServe() {
        return new RequestRefused("poolOrganisationId", "requests.error.pool-not-serving");
    }

    public static RequestRefused unknownArea() {
        return new RequestRefused("wantedAreas", "requests.error.area");
    }

    public static RequestRefused unknownMunicipality() {
        return new RequestRefused("municipalityCode", "requests.error.municipality");
    }

    public static RequestRefused unknownLanguage() {
        return new RequestRefused("language", "requests.error.language");
    }

    public static RequestRefused timeMissing() {
        return new RequestRefused("startsAt", "requests.error.time");
    }

    public static RequestRefused endsBeforeStart() {
        return new RequestRefused("endsAt", "requests.error.ends-before-start");
    }

    public static RequestRefused inThePast() {
        return new RequestRefused("startsAt", "requests.error.in-past");
    }

    public static RequestRefused placeMissing() {
        return new RequestRefused("municipalityCode", "requests.error.place");
    }

    public static RequestRefused agreedSumMissing() {
        return new RequestRefused("agreedFeeCents", "requests.error.agreed-sum");
    }

    public static RequestRefused unitNotInOrganisation() {
        return new RequestRefused("requesterUnitId", "requests.error.unit");
    }

    public static RequestRefused unitMissing() {
        return new RequestRefused("requesterUnitId", "requests.error.unit-missing");
    }

    public static RequestRefused notOpen() {
        return new RequestRefused("status", "requests.error.not-open");
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
