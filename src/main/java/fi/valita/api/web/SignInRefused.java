package fi.valita.api.web;

/** Wrong credentials for a new token, or an account locked after too many of them: answers 401. */
class SignInRefused extends RuntimeException {

    private final boolean locked;

    SignInRefused(boolean locked) {
        super(locked ? "Too many failed sign-ins" : "Wrong credentials");
        this.locked = locked;
    }

    boolean locked() {
        return locked;
    }
}
