package fi.valita.platform;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the embedded PostgreSQL keeps its data. Used only when no {@code spring.datasource.url}
 * is configured.
 *
 * @param dataDir directory of the database cluster; kept between runs
 * @param port TCP port on the loopback interface; 0 picks a free one
 * @param clean start from an empty cluster every time (tests)
 */
@ConfigurationProperties("valita.embedded-db")
public record EmbeddedDatabaseSettings(@Nullable Path dataDir, int port, boolean clean) {

    public Path dataDirOrDefault() {
        return dataDir != null ? dataDir : Path.of("data", "postgres");
    }
}
