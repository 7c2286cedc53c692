package fi.valita.identity.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** TOTP secrets, recovery codes, failed tries and the log of changes to a person's second factor. */
@Repository
public class SecondFactorRecords {

    public record TotpSecret(byte[] secret, long lastUsedStep) {}

    public record Person(UUID id, String displayName, String email, String role, boolean totp, int passkeys) {}

    public record Event(UUID userId, String userName, UUID actorId, String actorName, String kind, Instant at) {}

    private final JdbcClient jdbc;

    SecondFactorRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<TotpSecret> totpOf(UUID userId) {
        return jdbc.sql("select secret, last_used_step from totp_secret where user_id = :user for update")
                .param("user", userId)
                .query((rs, n) -> new TotpSecret(rs.getBytes("secret"),
                        rs.getObject("last_used_step") == null ? Long.MIN_VALUE : rs.getLong("last_used_step")))
                .optional();
    }

    public boolean hasTotp(UUID userId) {
        return jdbc.sql("select count(*) from totp_secret where user_id = :user").param("user", userId)
                .query(Integer.class).single() > 0;
    }

    public void saveTotp(UUID userId, byte[] secret, long usedStep, Instant now) {
        jdbc.sql("""
                insert into totp_secret (user_id, secret, last_used_step, confirmed_at) values (:user, :secret, :step, :now)
                on conflict (user_id) do update set secret = excluded.secret, last_used_step = excluded.last_used_step,
                    confirmed_at = excluded.confirmed_at""")
                .param("user", userId).param("secret", secret).param("step", usedStep).param("now", Timestamp.from(now))
                .update();
    }

    public void markTotpStepUsed(UUID userId, long step) {
        jdbc.sql("update totp_secret set last_used_step = :step where user_id = :user")
                .param("user", userId).param("step", step).update();
    }

    public boolean removeTotp(UUID userId) {
        return jdbc.sql("delete from totp_secret where user_id = :user").param("user", userId).update() > 0;
    }

    public void replaceRecoveryCodes(UUID userId, List<byte[]> hashes, Instant now) {
        removeRecoveryCodes(userId);
        for (byte[] hash : hashes) {
            jdbc.sql("insert into recovery_code (id, user_id, code_hash, created_at) values (:id, :user, :hash, :now)")
                    .param("id", UUID.randomUUID()).param("user", userId).param("hash", hash)
                    .param("now", Timestamp.from(now)).update();
        }
    }

    /** Uses the code if it is one of the person's unused ones; the update decides between two tries at once. */
    public boolean useRecoveryCode(UUID userId, byte[] hash, Instant now) {
        return jdbc.sql("""
                update recovery_code set used_at = :now
                where user_id = :user and code_hash = :hash and used_at is null""")
                .param("user", userId).param("hash", hash).param("now", Timestamp.from(now))
                .update() == 1;
    }

    public int recoveryCodesLeft(UUID userId) {
        return jdbc.sql("select count(*) from recovery_code where user_id = :user and used_at is null")
                .param("user", userId).query(Integer.class).single();
    }

    public void removeRecoveryCodes(UUID userId) {
        jdbc.sql("delete from recovery_code where user_id = :user").param("user", userId).update();
    }

    public @Nullable Instant lockedUntil(UUID userId) {
        return jdbc.sql("select locked_until from second_factor_attempts where user_id = :user")
                .param("user", userId)
                .query((rs, n) -> rs.getTimestamp("locked_until"))
                .optional()
                .map(Timestamp::toInstant)
                .orElse(null);
    }

    /** Counts a wrong code; returns the failures in a row so far. */
    public int countFailure(UUID userId) {
        return jdbc.sql("""
                insert into second_factor_attempts (user_id, failures) values (:user, 1)
                on conflict (user_id) do update set failures = second_factor_attempts.failures + 1
                returning failures""")
                .param("user", userId).query(Integer.class).single();
    }

    public void lock(UUID userId, Instant until) {
        jdbc.sql("update second_factor_attempts set failures = 0, locked_until = :until where user_id = :user")
                .param("user", userId).param("until", Timestamp.from(until)).update();
    }

    public void clearFailures(UUID userId) {
        jdbc.sql("delete from second_factor_attempts where user_id = :user").param("user", userId).update();
    }

    public void log(UUID organisationId, UUID userId, UUID actorId, String kind, Instant at) {
        jdbc.sql("""
                insert into second_factor_event (id, organisation_id, user_id, actor_id, kind, at)
                values (:id, :org, :user, :actor, :kind, :at)""")
                .param("id", UUID.randomUUID()).param("org", organisationId).param("user", userId)
                .param("actor", actorId).param("kind", kind).param("at", Timestamp.from(at))
                .update();
    }

    /** The organisation's latest changes, newest first. */
    public List<Event> eventsOf(UUID organisationId, int limit) {
        return jdbc.sql("""
                select e.user_id, u.display_name as user_name, e.actor_id, a.display_name as actor_name, e.kind, e.at
                from second_factor_event e
                join user_account u on u.id = e.user_id
                join user_account a on a.id = e.actor_id
                where e.organisation_id = :org
                order by e.at desc, e.id limit :limit""")
                .param("org", organisationId).param("limit", limit)
                .query((rs, n) -> new Event(rs.getObject("user_id", UUID.class), rs.getString("user_name"),
                        rs.getObject("actor_id", UUID.class), rs.getString("actor_name"), rs.getString("kind"),
                        rs.getTimestamp("at").toInstant()))
                .list();
    }

    /** The organisation's people who can sign in, with what second factor each has. */
    public List<Person> peopleOf(UUID organisationId) {
        return jdbc.sql("""
                select a.id, a.display_name, a.email, a.role,
                    exists (select 1 from totp_secret t where t.user_id = a.id) as totp,
                    (select count(*) from user_credentials c join passkey_user p on p.handle = c.user_entity_user_id
                        where p.user_id = a.id) as passkeys
                from user_account a
                where a.organisation_id = :org and a.password_hash is not null
                order by a.display_name, a.id""")
                .param("org", organisationId)
                .query((rs, n) -> new Person(rs.getObject("id", UUID.class), rs.getString("display_name"),
                        rs.getString("email"), rs.getString("role"), rs.getBoolean("totp"), rs.getInt("passkeys")))
                .list();
    }
}
