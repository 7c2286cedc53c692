package fi.valita.api;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param tokenValidFor how long an API token works after it is made
 */
@ConfigurationProperties("valita.api")
public record ApiSettings(@DefaultValue("90d") Duration tokenValidFor) {}
