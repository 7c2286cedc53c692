package fi.valita.platform;

import org.springframework.security.core.AuthenticationException;

/** Refuses a login because the account name, or the client address, had too many failed logins just now. */
public class LoginLockedOut extends AuthenticationException {

    LoginLockedOut() {
        super("Too many failed logins");
    }
}
