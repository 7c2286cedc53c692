package fi.valita.assignments;

import fi.valita.identity.CurrentUser;
import fi.valita.identity.Role;

/** Which side called an assignment off. */
public enum CancelledBy {
    EXPERT,
    REQUESTER,
    COORDINATOR,
    /** The whole request was called off. */
    REQUEST;

    static CancelledBy of(CurrentUser user) {
        if (user.is(Role.EXPERT)) {
            return EXPERT;
        }
        return user.coordinates() ? COORDINATOR : REQUESTER;
    }
}
