package fi.valita.experts.web;

import fi.valita.identity.CurrentUser;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Whose profile a page is about, and where its pages live: the expert's own under
 * {@code /me/profile}, a coordinator's view of a pool member under {@code /experts/{id}/profile}.
 * The same handlers and templates serve both; the facade decides who may see what.
 */
record ProfileSubject(UUID expertId, String basePath, boolean byCoordinator) {

    static ProfileSubject of(@Nullable UUID expertId, CurrentUser user) {
        if (expertId == null) {
            return new ProfileSubject(user.id(), "/me/profile", false);
        }
        return new ProfileSubject(expertId, "/experts/" + expertId + "/profile", true);
    }

    String section(String name) {
        return basePath + "/" + name;
    }
}
