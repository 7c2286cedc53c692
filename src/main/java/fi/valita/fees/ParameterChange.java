package fi.valita.fees;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One change of a row of a national table or of an organisation's own values, as logged.
 *
 * @param organisationId the organisation whose own row changed; null for a national row
 * @param oldValue what applied before (the value on the first day, or the last day before the row was ended)
 * @param newValue the value and period added, or the new last day
 * @param reason why, as the person wrote it
 */
public record ParameterChange(UUID id, Table table, UUID rowId, String key, @Nullable UUID organisationId,
        Action action, @Nullable String oldValue, String newValue, String reason, UUID changedBy,
        String changedByName, Instant changedAt) {

    /** Which table the row is in. */
    public enum Table {
        FEE_PARAMETER,
        BENEFIT_LIMIT
    }

    /** What was done to the row. */
    public enum Action {
        ADDED,
        ENDED
    }

    public boolean national() {
        return organisationId == null;
    }
}
