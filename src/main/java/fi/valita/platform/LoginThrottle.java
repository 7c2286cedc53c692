package fi.valita.platform;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Remembers failed logins per account name (normalised by {@link LoginName}) and per client address, and
 * refuses further tries for a while after too many. Kept in PostgreSQL, so that it holds across restarts
 * and application nodes (docs/adr/0007).
 */
@Component
public class LoginThrottle {

    private final LoginSettings settings;
    private final Clock clock;
    private final JdbcClient jdbc;

    LoginThrottle(LoginSettings settings, Clock clock, JdbcClient jdbc) {
        this.settings = settings;
        this.clock = clock;
        this.jdbc = jdbc;
    }

    /** True while the account name is locked out. */
    @Transactional(readOnly = true)
    public boolean isLocked(String username) {
        return isLocked(username, null);
    }

    /** True while the account name, or the client address the try comes from, is locked out. */
    @Transactional(readOnly = true)
    public boolean isLocked(String username, @Nullable String address) {
        return jdbc.sql("select exists (select 1 from login_throttle where throttle_key in (:keys) and locked_until > :now)")
                .param("keys", keys(username, address))
                .param("now", Timestamp.from(clock.instant()))
                .query(Boolean.class)
                .single();
    }

    public void recordFailure(String username) {
        recordFailure(username, null);
    }

    /** Counts a wrong password against the account name and the client address alike. */
    @Transactional
    public void recordFailure(String username, @Nullable String address) {
        Instant now = clock.instant();
        forgetStale(now);
        fail(accountKey(username), settings.maxFailures(), now);
        if (address != null) {
            fail(addressKey(address), settings.maxFailuresPerAddress(), now);
        }
    }

    /** A right password clears the account name's count; the address's count stays, or one account of
     *  one's own would let an address try on without end. */
    @Transactional
    public void recordSuccess(String username) {
        jdbc.sql("delete from login_throttle where throttle_key = :key").param("key", accountKey(username)).update();
    }

    /** Whether anything is remembered about the account name; for tests. */
    boolean remembers(String username) {
        return jdbc.sql("select count(*) from login_throttle where throttle_key = :key")
                .param("key", accountKey(username))
                .query(Integer.class)
                .single() > 0;
    }

    /** The upsert locks the row, so simultaneous failures of one name are counted one after another. */
    private void fail(String key, int maxFailures, Instant now) {
        Timestamp at = Timestamp.from(now);
        int failures = jdbc.sql("""
                insert into login_throttle as t (throttle_key, window_started_at, failures) values (:key, :now, 1)
                on conflict (throttle_key) do update set
                    failures = case when t.window_started_at <= :windowStart then 1 else t.failures + 1 end,
                    window_started_at = case when t.window_started_at <= :windowStart then :now else t.window_started_at end
                returning failures""")
                .param("key", key)
                .param("now", at)
                .param("windowStart", Timestamp.from(now.minus(settings.failureWindow())))
                .query(Integer.class)
                .single();
        if (failures >= maxFailures) {
            jdbc.sql("""
                    update login_throttle set locked_until = :until, failures = 0, window_started_at = :now
                    where throttle_key = :key""")
                    .param("until", Timestamp.from(now.plus(settings.lockout())))
                    .param("now", at)
                    .param("key", key)
                    .update();
        }
    }

    /** Failures for made-up names would otherwise stay for ever: those past their window and lockout go. */
    private void forgetStale(Instant now) {
        jdbc.sql("""
                delete from login_throttle
                where window_started_at <= :windowStart and (locked_until is null or locked_until <= :now)""")
                .param("windowStart", Timestamp.from(now.minus(settings.failureWindow())))
                .param("now", Timestamp.from(now))
                .update();
    }

    private static List<String> keys(String username, @Nullable String address) {
        List<String> keys = new ArrayList<>(List.of(accountKey(username)));
        if (address != null) {
            keys.add(addressKey(address));
        }
        return keys;
    }

    private static String accountKey(String username) {
        return "account:" + LoginName.of(username);
    }

    private static String addressKey(String address) {
        return "address:" + address.strip();
    }
}
