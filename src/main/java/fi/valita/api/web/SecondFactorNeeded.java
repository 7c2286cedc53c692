package fi.valita.api.web;

/**
 * A token asked with the right password by someone who signs in with a second step: the request
 * needs a code from their authenticator app (or a recovery code) in {@code oneTimeCode}. Answers 401.
 */
class SecondFactorNeeded extends RuntimeException {

    private final String detail;

    private SecondFactorNeeded(String detail) {
        super(detail);
        this.detail = detail;
    }

    static SecondFactorNeeded code() {
        return new SecondFactorNeeded("This account signs in with a second step: send the code of your "
                + "authenticator app (or a recovery code) in oneTimeCode.");
    }

    static SecondFactorNeeded locked() {
        return new SecondFactorNeeded("Too many wrong codes for this account. Try again in a few minutes.");
    }

    /** Passkeys cannot be used through the API: a token needs an authenticator app. */
    static SecondFactorNeeded app() {
        return new SecondFactorNeeded("This account must sign in with a second step, and tokens need an "
                + "authenticator app: set one up under Sign-in security in Välitä first.");
    }

    String detail() {
        return detail;
    }
}
