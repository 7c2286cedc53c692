package fi.valita.identity;

/** A new password breaks one of the {@link PasswordRules}; {@link #messageKey()} says which, in plain words. */
public class PasswordRefused extends RuntimeException {

    private final String messageKey;

    PasswordRefused(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
