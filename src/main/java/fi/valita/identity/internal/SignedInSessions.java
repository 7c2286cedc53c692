package fi.valita.identity.internal;

import fi.valita.identity.CurrentUser;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;

/**
 * Ends a person's browser sessions, e.g. after their password changed: each is marked expired in the
 * session registry, and its next request is signed out (Spring Security's concurrent session filter).
 * The registry is in memory, as the sessions themselves are: one application node.
 */
@Component
public class SignedInSessions {

    private final SessionRegistry registry;

    SignedInSessions(SessionRegistry registry) {
        this.registry = registry;
    }

    /** Ends every session of the user except {@code keep} (the one making the change), if given. */
    public void endAllOf(UUID userId, @Nullable String keep) {
        for (Object principal : registry.getAllPrincipals()) {
            if (principal instanceof CurrentUser user && user.id().equals(userId)) {
                registry.getAllSessions(principal, false).stream()
                        .filter(s -> !s.getSessionId().equals(keep))
                        .forEach(SessionInformation::expireNow);
            }
        }
    }
}
