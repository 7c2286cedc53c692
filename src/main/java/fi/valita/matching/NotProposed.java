package fi.valita.matching;

import java.util.List;
import java.util.UUID;

/**
 * An expert of the pool left out of the ranking, and why.
 *
 * @param pickableByHand nothing firm stands in the way (no break, booking, limit or closed account):
 *     the coordinator may still offer the work to them, for example when the language can be agreed
 */
public record NotProposed(UUID expertId, String displayName, List<Reason> why, boolean pickableByHand) {

    public NotProposed {
        why = List.copyOf(why);
    }
}
