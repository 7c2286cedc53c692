package fi.valita.demo;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param enabled true: load the demo data at startup (once); false: never; unset: only into an empty
 *     embedded database
 */
@ConfigurationProperties("valita.demo")
public record DemoSettings(@Nullable Boolean enabled) {}
