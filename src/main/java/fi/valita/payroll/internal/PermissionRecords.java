package fi.valita.payroll.internal;

import fi.valita.payroll.PermissionEvent;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Payroll permissions, in effect once confirmed; a revoked one stays as history, and so does every event. */
@Repository
public class PermissionRecords {

    private final JdbcClient jdbc;

    PermissionRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean isActive(UUID userId, UUID organisationId) {
        return jdbc.sql("""
                select count(*) from payroll_permission
                where user_id = :user and organisation_id = :org and revoked_at is null and confirmed_at is not null""")
                .param("user", userId)
                .param("org", organisationId)
                .query(Integer.class)
                .single() > 0;
    }

    public Set<UUID> activeIn(UUID organisationId) {
        return jdbc.sql("""
                select user_id from payroll_permission
                where organisation_id = :org and revoked_at is null and confirmed_at is not null""")
                .param("org", organisationId)
                .query(UUID.class)
                .list().stream().collect(Collectors.toUnmodifiableSet());
    }

    /** The grants waiting for confirmation: the person's id and who gave it. */
    public Map<UUID, UUID> pendingIn(UUID organisationId) {
        return jdbc.sql("""
                select user_id, granted_by from payroll_permission
                where organisation_id = :org and revoked_at is null and confirmed_at is null""")
                .param("org", organisationId)
                .query((rs, n) -> Map.entry(rs.getObject("user_id", UUID.class), rs.getObject("granted_by", UUID.class)))
                .list().stream().collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /**
     * Grants it unless the user already has it or waits for it: in effect at once when {@code confirmedAt} is
     * given, else waiting for confirmation. True when it was granted now.
     */
    public boolean grant(UUID userId, UUID organisationId, UUID by, Instant at, @Nullable Instant confirmedAt) {
        return jdbc.sql("""
                insert into payroll_permission (id, user_id, organisation_id, granted_by, granted_at, confirmed_by,
                    confirmed_at)
                values (:id, :user, :org, :by, :at, :confirmedBy, :confirmedAt)
                on conflict (user_id) where revoked_at is null do nothing""")
                .param("id", UUID.randomUUID())
                .param("user", userId)
                .param("org", organisationId)
                .param("by", by)
                .param("at", Timestamp.from(at))
                .param("confirmedBy", confirmedAt == null ? null : by)
                .param("confirmedAt", confirmedAt == null ? null : Timestamp.from(confirmedAt))
                .update() == 1;
    }

    /** Confirms a waiting grant someone else than {@code by} gave; true when it was confirmed now. */
    public boolean confirm(UUID userId, UUID organisationId, UUID by, Instant at) {
        return jdbc.sql("""
                update payroll_permission set confirmed_by = :by, confirmed_at = :at
                where user_id = :user and organisation_id = :org and revoked_at is null and confirmed_at is null
                  and granted_by <> :by""")
                .param("user", userId)
                .param("org", organisationId)
                .param("by", by)
                .param("at", Timestamp.from(at))
                .update() == 1;
    }

    /** Takes away the permission or withdraws a waiting grant; true when there was one. */
    public boolean revoke(UUID userId, UUID organisationId, UUID by, Instant at) {
        return jdbc.sql("""
                update payroll_permission set revoked_by = :by, revoked_at = :at
                where user_id = :user and organisation_id = :org and revoked_at is null""")
                .param("user", userId)
                .param("org", organisationId)
                .param("by", by)
                .param("at", Timestamp.from(at))
                .update() == 1;
    }

    public void log(UUID organisationId, UUID userId, PermissionEvent.Action action, UUID by, Instant at) {
        jdbc.sql("""
                insert into payroll_permission_event (id, organisation_id, user_id, action, done_by, done_at)
                values (:id, :org, :user, :action, :by, :at)""")
                .param("id", UUID.randomUUID())
                .param("org", organisationId)
                .param("user", userId)
                .param("action", action.name())
                .param("by", by)
                .param("at", Timestamp.from(at))
                .update();
    }

    /** An event with the people's ids, newest first. */
    public record Event(Instant at, UUID userId, PermissionEvent.Action action, UUID by) {}

    public List<Event> eventsOf(UUID organisationId, int limit) {
        return jdbc.sql("""
                select * from payroll_permission_event where organisation_id = :org
                order by done_at desc, id limit :limit""")
                .param("org", organisationId)
                .param("limit", limit)
                .query((rs, n) -> new Event(rs.getTimestamp("done_at").toInstant(), rs.getObject("user_id", UUID.class),
                        PermissionEvent.Action.valueOf(rs.getString("action")), rs.getObject("done_by", UUID.class)))
                .list();
    }
}
