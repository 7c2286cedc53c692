package fi.valita.platform;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Remembers failed logins per account name and refuses further tries for a while after too many.
 * Kept in memory: one instance per application node, forgotten on restart (docs/adr/0003).
 */
@Component
public class LoginThrottle {

    /**
     * Failures for made-up account names would otherwise be remembered forever: once this many names
     * are remembered, those with neither a recent failure nor a lockout are forgotten.
     */
    static final int FORGET_STALE_ABOVE = 10_000;

    private final LoginSettings settings;
    private final Clock clock;
    private final Map<String, Attempts> attempts = new ConcurrentHashMap<>();

    LoginThrottle(LoginSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /** True while the account name is locked out. */
    public boolean isLocked(String username) {
        Attempts a = attempts.get(key(username));
        return a != null && a.lockedUntil(clock.instant()) != null;
    }

    public void recordFailure(String username) {
        Instant now = clock.instant();
        if (attempts.size() >= FORGET_STALE_ABOVE) {
            attempts.values().removeIf(a -> a.isStale(now, settings));
        }
        attempts.computeIfAbsent(key(username), k -> new Attempts()).fail(now, settings);
    }

    public void recordSuccess(String username) {
        attempts.remove(key(username));
    }

    /** How many account names are remembered; for tests. */
    int rememberedNames() {
        return attempts.size();
    }

    private static String key(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }

    private static final class Attempts {
        private final Deque<Instant> failures = new ArrayDeque<>();
        private Instant lockedUntil = Instant.MIN;

        synchronized void fail(Instant now, LoginSettings settings) {
            Instant windowStart = now.minus(settings.failureWindow());
            while (!failures.isEmpty() && failures.peekFirst().isBefore(windowStart)) {
                failures.pollFirst();
            }
            failures.addLast(now);
            if (failures.size() >= settings.maxFailures()) {
                lockedUntil = now.plus(settings.lockout());
                failures.clear();
            }
        }

        synchronized boolean isStale(Instant now, LoginSettings settings) {
            Instant windowStart = now.minus(settings.failureWindow());
            return lockedUntil(now) == null && (failures.isEmpty() || failures.peekLast().isBefore(windowStart));
        }

        synchronized @Nullable Instant lockedUntil(Instant now) {
            return now.isBefore(lockedUntil) ? lockedUntil : null;
        }
    }
}
