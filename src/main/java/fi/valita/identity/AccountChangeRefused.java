package fi.valita.identity;

/**
 * A change on the "my account" page that cannot be made. {@link #aboutCurrentPassword()} tells whether
 * the message belongs beside the current password, as the form asks for it.
 */
public class AccountChangeRefused extends RuntimeException {

    private final String messageKey;

    private AccountChangeRefused(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public static AccountChangeRefused wrongCurrentPassword() {
        return new AccountChangeRefused("identity.account.error.current-password");
    }

    public static AccountChangeRefused tooManyTries() {
        return new AccountChangeRefused("identity.account.error.too-many-tries");
    }

    /** The new address has characters that change under the login-name normalisation (see LoginName). */
    public static AccountChangeRefused emailNotPlain() {
        return new AccountChangeRefused("identity.invite.error.email-not-plain");
    }

    public static AccountChangeRefused sameEmail() {
        return new AccountChangeRefused("identity.account.error.same-email");
    }

    public boolean aboutCurrentPassword() {
        return messageKey.startsWith("identity.account.error.") && !messageKey.endsWith("same-email");
    }

    public String messageKey() {
        return messageKey;
    }
}
