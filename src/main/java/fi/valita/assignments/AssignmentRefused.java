package fi.valita.assignments;

/** A change to an assignment that its state does not allow. */
public class AssignmentRefused extends RuntimeException {

    private final String messageKey;

    private AssignmentRefused(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public static AssignmentRefused notActive() {
        return new AssignmentRefused("assignments.error.not-active");
    }

    public static AssignmentRefused reasonMissing() {
        return new AssignmentRefused("assignments.error.reason-missing");
    }

    public String messageKey() {
        return messageKey;
    }
}
