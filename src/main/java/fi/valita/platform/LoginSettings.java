package fi.valita.platform;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How repeated failed logins are slowed down.
 *
 * @param maxFailures failures for one account name within the window before it is locked
 * @param failureWindow how long a failure is remembered
 * @param lockout how long logins for that account name (or client address) are refused after too many failures
 * @param maxFailuresPerAddress failures from one client address within the window, whatever account names
 *     they tried, before that address is refused too: trying a few passwords on many accounts is slowed down
 */
@ConfigurationProperties("valita.identity.login")
public record LoginSettings(
        @DefaultValue("5") int maxFailures,
        @DefaultValue("15m") Duration failureWindow,
        @DefaultValue("15m") Duration lockout,
        @DefaultValue("100") int maxFailuresPerAddress) {}
