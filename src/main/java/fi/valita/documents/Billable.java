package fi.valita.documents;

import fi.valita.fees.FeeLineStatus;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The fee line statuses that count as billed to the requester and earned by the expert: approved by a
 * coordinator, and later exported and paid. Drafts and any other status (e.g. a declined fee) never count.
 */
final class Billable {

    static final Set<FeeLineStatus> STATUSES =
            Collections.unmodifiableSet(EnumSet.of(FeeLineStatus.APPROVED, FeeLineStatus.EXPORTED, FeeLineStatus.PAID));

    private Billable() {}
}
