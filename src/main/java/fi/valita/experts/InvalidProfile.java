package fi.valita.experts;

/** A profile change that breaks a rule of the pool; {@link #field()} names the form field at fault. */
public class InvalidProfile extends RuntimeException {

    private final String field;
    private final String messageKey;

    private InvalidProfile(String field, String messageKey) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
    }

    public static InvalidProfile unknownMunicipality() {
        return new InvalidProfile("homeMunicipality", "experts.error.municipality");
    }

    public static InvalidProfile unknownLanguage() {
        return new InvalidProfile("languages", "experts.error.language");
    }

    public static InvalidProfile unknownArea() {
        return new InvalidProfile("experiences", "experts.error.area");
    }

    public static InvalidProfile overlappingSlots() {
        return new InvalidProfile("weekly", "experts.error.slots-overlap");
    }

    public static InvalidProfile breakEndsInPast() {
        return new InvalidProfile("breakUntil", "experts.error.break-in-past");
    }

    public static InvalidProfile pauseEndsInPast() {
        return new InvalidProfile("pause", "experts.error.pause-in-past");
    }

    public static InvalidProfile trainingValidBeforeCompleted() {
        return new InvalidProfile("validUntil", "experts.error.valid-before-completed");
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
