package fi.valita.matching;

import fi.valita.experts.EngagementForm;
import java.util.List;
import java.util.UUID;

/**
 * An expert of the pool left out of the ranking, and why.
 *
 * @param pickableByHand nothing firm stands in the way (no break, booking, limit, closed account or engagement
 *     form that does not allow the work): the coordinator may still offer the work to them, for example when the
 *     language can be agreed
 * @param forms the expert's engagement forms the work can be done under, the usual choice first (empty when
 *     none fits)
 */
public record NotProposed(UUID expertId, String displayName, List<Reason> why, boolean pickableByHand,
        List<EngagementForm> forms) {

    public NotProposed {
        why = List.copyOf(why);
        forms = List.copyOf(forms);
    }
}
