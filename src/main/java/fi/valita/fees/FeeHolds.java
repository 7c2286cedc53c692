package fi.valita.fees;

import fi.valita.identity.CurrentUser;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * Tells which pieces of work have their fee lines held, and why. Implemented by the module that knows the reason
 * (the documents module, for the assignment agreement): it depends on this module, so this module asks through
 * the interface. Holds are worked out when asked, never stored, so that accepting the agreement releases the
 * lines at once.
 */
public interface FeeHolds {

    /**
     * The holds on the given assignments' fee lines, as the viewer (the pool's coordinator or the work's expert)
     * may know them; an assignment without a hold is not in the map.
     */
    Map<UUID, FeeHold> on(Collection<UUID> assignmentIds, CurrentUser viewer);
}
