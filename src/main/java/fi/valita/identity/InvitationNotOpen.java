package fi.valita.identity;

/** The invitation link is unknown, expired or already used. */
public class InvitationNotOpen extends RuntimeException {

    public InvitationNotOpen() {
        super("Invitation link is not open");
    }
}
