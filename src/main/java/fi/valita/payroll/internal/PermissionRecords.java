package fi.valita.payroll.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Payroll permissions; a revoked one stays as history. */
@Repository
public class PermissionRecords {

    private final JdbcClient jdbc;

    PermissionRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean isActive(UUID userId, UUID organisationId) {
        return jdbc.sql("""
                select count(*) from payroll_permission
                where user_id = :user and organisation_id = :org and revoked_at is null""")
                .param("user", userId)
                .param("org", organisationId)
                .query(Integer.class)
                .single() > 0;
    }

    public Set<UUID> activeIn(UUID organisationId) {
        return jdbc.sql("select user_id from payroll_permission where organisation_id = :org and revoked_at is null")
                .param("org", organisationId)
                .query(UUID.class)
                .list().stream().collect(Collectors.toUnmodifiableSet());
    }

    /** Grants it unless the user already has it; true when it was granted now. */
    public boolean grant(UUID userId, UUID organisationId, UUID by, Instant at) {
        return jdbc.sql("""
                insert into payroll_permission (id, user_id, organisation_id, granted_by, granted_at)
                values (:id, :user, :org, :by, :at)
                on conflict (user_id) where revoked_at is null do nothing""")
                .param("id", UUID.randomUUID())
                .param("user", userId)
                .param("org", organisationId)
                .param("by", by)
                .param("at", Timestamp.from(at))
                .update() == 1;
    }

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
}
