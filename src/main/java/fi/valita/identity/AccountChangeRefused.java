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

    public static AccountChangeRefused sameEmail() {
        return new AccountChangeRefused("identity.account.error.same-email");
    }

    public boolean aboutCurrentPassword() {
        return !messageKey.endsWith("same-email");
    }

    public String messageKey() {
        return messageKey;
    }
}
