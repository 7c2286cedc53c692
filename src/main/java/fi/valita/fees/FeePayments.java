package fi.valita.fees;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves fee lines along their way to the bank for the payroll module: approved → exported → paid. It
 * checks no user (the caller has checked the payroll permission). Each step is a conditional update:
 * a line changes only if it is in the expected status and belongs to the pool, so of two payroll
 * exports made at the same moment, each line goes to only one, and the caller learns which it got.
 */
@Service
public class FeePayments {

    private final JdbcClient jdbc;

    FeePayments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Of the given lines, those of the pool still approved become exported; returns their ids. */
    @Transactional
    public Set<UUID> markExported(UUID poolOrganisationId, Collection<UUID> lineIds) {
        return move(poolOrganisationId, lineIds, FeeLineStatus.APPROVED, FeeLineStatus.EXPORTED);
    }

    /** Of the given lines, those of the pool that are exported become paid; returns their ids. */
    @Transactional
    public Set<UUID> markPaid(UUID poolOrganisationId, Collection<UUID> lineIds) {
        return move(poolOrganisationId, lineIds, FeeLineStatus.EXPORTED, FeeLineStatus.PAID);
    }

    private Set<UUID> move(UUID pool, Collection<UUID> lineIds, FeeLineStatus from, FeeLineStatus to) {
        if (lineIds.isEmpty()) {
            return Set.of();
        }
        // Lock in one order, so that two batches taking overlapping lines wait for each other instead of
        // deadlocking; a line another batch moved meanwhile no longer matches and is left out.
        List<UUID> locked = jdbc.sql("""
                select id from fee_line
                where id in (:ids) and pool_organisation_id = :pool and status = :from
                order by id
                for update""")
                .param("ids", List.copyOf(lineIds))
                .param("pool", pool)
                .param("from", from.name())
                .query(UUID.class)
                .list();
        if (locked.isEmpty()) {
            return Set.of();
        }
        List<UUID> moved = jdbc.sql("""
                update fee_line set status = :to, version = version + 1
                where id in (:ids) and status = :from
                returning id""")
                .param("to", to.name())
                .param("ids", locked)
                .param("from", from.name())
                .query(UUID.class)
                .list();
        return moved.stream().collect(Collectors.toUnmodifiableSet());
    }
}
