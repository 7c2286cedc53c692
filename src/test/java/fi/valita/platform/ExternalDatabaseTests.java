package fi.valita.platform;

import static org.assertj.core.api.Assertions.assertThat;

import fi.valita.ValitaApplication;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * With {@code spring.datasource.url} set, Välitä uses that PostgreSQL (here a separately started
 * server standing in for a production one) and starts no embedded database of its own.
 */
class ExternalDatabaseTests {

    @Test
    void usesTheConfiguredPostgreSqlAndStartsNoEmbeddedOne() throws Exception {
        try (EmbeddedPostgres external = EmbeddedPostgres.builder().start();
                ConfigurableApplicationContext app = new SpringApplicationBuilder(ValitaApplication.class)
                        .run(
                                // Command-line arguments: they win over application.yaml (default properties
                                // would lose to its server.port and try 8080, taken by a running Välitä).
                                "--spring.datasource.url=" + external.getJdbcUrl("postgres", "postgres"),
                                "--spring.datasource.username=postgres",
                                "--spring.datasource.password=postgres",
                                "--server.port=0",
                                "--valita.demo.enabled=")) {
            assertThat(app.getBeansOfType(EmbeddedDatabase.class)).isEmpty();
            int municipalities = JdbcClient.create(external.getPostgresDatabase())
                    .sql("select count(*) from municipality").query(Integer.class).single();
            assertThat(municipalities).isEqualTo(308);
            int organisations = JdbcClient.create(external.getPostgresDatabase())
                    .sql("select count(*) from organisation").query(Integer.class).single();
            assertThat(organisations).as("no demo data on an external database unless asked").isZero();
        }
    }
}
