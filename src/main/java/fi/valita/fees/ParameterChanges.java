package fi.valita.fees;

import fi.valita.fees.ParameterChange.Action;
import fi.valita.fees.ParameterChange.Table;
import fi.valita.fees.internal.ParameterChangeRecords;
import fi.valita.identity.CurrentUser;
import fi.valita.identity.Identity;
import fi.valita.identity.UserAccount;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The log of changes to the national tables and to organisations' own values: who, when, the value before and
 * after, and why. Written in the change's own transaction; never changed afterwards.
 */
@Service
public class ParameterChanges {

    /** The longest reason kept. */
    public static final int MAX_REASON = 500;

    private final ParameterChangeRecords records;
    private final Identity identity;
    private final Clock clock;

    ParameterChanges(ParameterChangeRecords records, Identity identity, Clock clock) {
        this.records = records;
        this.identity = identity;
        this.clock = clock;
    }

    /** Whether the text may stand as a reason: not blank and at most {@link #MAX_REASON} characters. */
    public static boolean isReason(@Nullable String reason) {
        return reason != null && !reason.isBlank() && reason.strip().length() <= MAX_REASON;
    }

    /**
     * Logs a change made now by {@code by}.
     *
     * @throws IllegalArgumentException without a reason
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void log(Table table, UUID rowId, String key, @Nullable UUID organisationId, Action action,
            @Nullable String oldValue, String newValue, @Nullable String reason, CurrentUser by) {
        if (!isReason(reason)) {
            throw new IllegalArgumentException("A change of a parameter row needs a reason");
        }
        records.add(new ParameterChange(UUID.randomUUID(), table, rowId, key, organisationId, action, oldValue,
                newValue, reason.strip(), by.id(), by.displayName(), clock.instant()));
    }

    /** The changes of the table the user may read, newest first: the national rows' and their organisation's own. */
    @Transactional(readOnly = true)
    public List<ParameterChange> visibleTo(CurrentUser user, Table table) {
        Map<UUID, String> names = new HashMap<>();
        return records.ofTable(table, user.organisationId(), 200).stream()
                .map(c -> new ParameterChange(c.id(), c.table(), c.rowId(), c.key(), c.organisationId(), c.action(),
                        c.oldValue(), c.newValue(), c.reason(), c.changedBy(),
                        names.computeIfAbsent(c.changedBy(), this::name), c.changedAt()))
                .toList();
    }

    private String name(UUID userId) {
        return identity.account(userId).map(UserAccount::displayName).orElse("–");
    }
}
