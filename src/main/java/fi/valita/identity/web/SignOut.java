package fi.valita.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.context.SecurityContextHolder;

/** Signs out the browser that made a change which ends all of a person's sessions, before it is sent to sign in. */
final class SignOut {

    private SignOut() {}

    static void thisBrowser(HttpServletRequest request) {
        var session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        SecurityContextHolder.clearContext();
    }
}
