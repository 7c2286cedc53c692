package fi.valita.identity;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param invitationValidFor how long an invitation link works
 */
@ConfigurationProperties("valita.identity")
public record IdentitySettings(@DefaultValue("7d") Duration invitationValidFor) {}
