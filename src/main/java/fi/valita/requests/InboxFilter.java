package fi.valita.requests;

import fi.valita.experts.TaskType;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The coordinator's inbox filters; null or empty means "any".
 *
 * @param statuses which statuses to show; empty shows the open ones (new, matching, offered)
 */
public record InboxFilter(
        Set<RequestStatus> statuses, @Nullable TaskType taskType, @Nullable UUID requesterOrganisationId,
        @Nullable String text) {

    public static InboxFilter open() {
        return new InboxFilter(Set.of(), null, null, null);
    }
}
