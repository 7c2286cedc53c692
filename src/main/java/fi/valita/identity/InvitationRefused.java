package fi.valita.identity;

/** An invitation that cannot be sent; {@link #field()} names the form field at fault. */
public class InvitationRefused extends RuntimeException {

    private final String field;
    private final String messageKey;

    private InvitationRefused(String field, String messageKey) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
    }

    public static InvitationRefused alreadyActive() {
        return new InvitationRefused("email", "identity.invite.error.already-active");
    }

    public static InvitationRefused belongsElsewhere() {
        return new InvitationRefused("email", "identity.invite.error.other-organisation");
    }

    public static InvitationRefused roleNotAllowed() {
        return new InvitationRefused("role", "identity.invite.error.role-not-allowed");
    }

    public static InvitationRefused organisationNotServed() {
        return new InvitationRefused("organisationId", "identity.invite.error.organisation-not-served");
    }

    public static InvitationRefused unitNotInOrganisation() {
        return new InvitationRefused("unitId", "identity.invite.error.unit");
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
