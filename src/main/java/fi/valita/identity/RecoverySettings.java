package fi.valita.identity;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Password reset and address change links.
 *
 * @param resetLinkValidFor how long a password reset link works
 * @param emailLinkValidFor how long the link confirming a new sign-in address works
 * @param requestWindow the time over which reset requests are counted
 * @param maxRequestsPerAddress reset links sent to one address within the window; further requests send nothing
 * @param maxRequestsPerClient reset requests from one client address within the window; further ones are refused
 */
@ConfigurationProperties("valita.identity.recovery")
public record RecoverySettings(
        @DefaultValue("30m") Duration resetLinkValidFor,
        @DefaultValue("24h") Duration emailLinkValidFor,
        @DefaultValue("1h") Duration requestWindow,
        @DefaultValue("3") int maxRequestsPerAddress,
        @DefaultValue("20") int maxRequestsPerClient) {}
