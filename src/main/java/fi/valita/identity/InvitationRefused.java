package fi.valita.identity;

/** An invitation that cannot be sent; {@link #field()} names the form field at fault. */
public class InvitationRefused extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final boolean answeredAsSent;

    private InvitationRefused(String field, String messageKey) {
        this(field, messageKey, false);
    }

    private InvitationRefused(String field, String messageKey, boolean answeredAsSent) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.answeredAsSent = answeredAsSent;
    }

    /** The address has an account in another organisation: nothing is made, and the inviter is answered
     *  as if the invitation went out, so that the form tells nobody who has an account elsewhere. */
    public static InvitationRefused elsewhere() {
        return new InvitationRefused("email", "identity.invite.sent", true);
    }

    /** The address belongs to someone the inviter may know of (their own organisation or the invited one). */
    public static InvitationRefused belongsElsewhere() {
        return new InvitationRefused("email", "identity.invite.error.other-organisation");
    }

    public static InvitationRefused alreadyActive() {
        return new InvitationRefused("email", "identity.invite.error.already-active");
    }

    /** The address would change under {@link fi.valita.platform.LoginName}: look-alike letters, fullwidth forms. */
    public static InvitationRefused addressNotPlain() {
        return new InvitationRefused("email", "identity.invite.error.email-not-plain");
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

    /** True when the form must answer as for a sent invitation (see {@link #elsewhere()}). */
    public boolean answeredAsSent() {
        return answeredAsSent;
    }

    public String messageKey() {
        return messageKey;
    }
}
