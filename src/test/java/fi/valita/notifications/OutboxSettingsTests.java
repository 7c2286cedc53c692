package fi.valita.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A mail server that is away is asked again after 1, 5, 25 … minutes, but at least every six hours. */
class OutboxSettingsTests {

    private final OutboxSettings settings =
            new OutboxSettings(Duration.ofSeconds(10), 20, 8, Duration.ofMinutes(1), 5, Duration.ofHours(6));

    @Test
    void eachFailureWaitsFiveTimesLongerUpToSixHours() {
        assertThat(settings.retryAfter(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(settings.retryAfter(2)).isEqualTo(Duration.ofMinutes(5));
        assertThat(settings.retryAfter(3)).isEqualTo(Duration.ofMinutes(25));
        assertThat(settings.retryAfter(4)).isEqualTo(Duration.ofMinutes(125));
        assertThat(settings.retryAfter(5)).isEqualTo(Duration.ofHours(6));
        assertThat(settings.retryAfter(50)).isEqualTo(Duration.ofHours(6));
    }
}
