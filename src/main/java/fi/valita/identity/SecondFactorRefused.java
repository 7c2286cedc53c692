package fi.valita.identity;

/** A second-factor change that is not allowed; {@link #messageKey()} says why in plain words. */
public class SecondFactorRefused extends RuntimeException {

    private final String messageKey;

    private SecondFactorRefused(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    /** Only an admin of the same organisation may reset someone's second factor. */
    public static SecondFactorRefused notYourOrganisation() {
        return new SecondFactorRefused("identity.second-factor.error.not-your-organisation");
    }

    /** Resetting one's own second factor would let a stolen password undo it: another admin does it. */
    public static SecondFactorRefused ownFactor() {
        return new SecondFactorRefused("identity.second-factor.error.own");
    }

    public static SecondFactorRefused noSuchPasskey() {
        return new SecondFactorRefused("identity.second-factor.error.no-passkey");
    }

    public String messageKey() {
        return messageKey;
    }
}
