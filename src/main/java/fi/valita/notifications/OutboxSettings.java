package fi.valita.notifications;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the e-mail outbox is worked through.
 *
 * @param poll pause between two rounds of the worker
 * @param batchSize at most this many e-mails per round, each in its own short transaction
 * @param maxAttempts after this many failed attempts an e-mail is given up ({@code FAILED_PERMANENTLY})
 * @param firstRetryAfter wait after the first failure; each further failure waits {@code backoffFactor}
 *     times longer (1, 5, 25, 125 minutes …), but never longer than {@code maxRetryAfter}
 */
@ConfigurationProperties("valita.notifications.outbox")
public record OutboxSettings(
        @DefaultValue("10s") Duration poll,
        @DefaultValue("20") int batchSize,
        @DefaultValue("6") int maxAttempts,
        @DefaultValue("1m") Duration firstRetryAfter,
        @DefaultValue("5") int backoffFactor,
        @DefaultValue("6h") Duration maxRetryAfter) {

    public OutboxSettings {
        if (batchSize < 1 || maxAttempts < 1 || backoffFactor < 1) {
            throw new IllegalArgumentException("batch size, attempts and backoff factor must be at least 1");
        }
    }

    /** How long to wait after the given number of failed attempts (1 = the first failure). */
    public Duration retryAfter(int failedAttempts) {
        Duration wait = firstRetryAfter;
        for (int i = 1; i < failedAttempts && wait.compareTo(maxRetryAfter) < 0; i++) {
            wait = wait.multipliedBy(backoffFactor);
        }
        return wait.compareTo(maxRetryAfter) > 0 ? maxRetryAfter : wait;
    }
}
