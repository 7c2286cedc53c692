package fi.valita;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@ValitaTest
class ApplicationStartsTests {

    @Autowired
    JdbcClient jdbc;

    @Test
    void runsOnPostgreSql18WithAllMunicipalities() {
        String version = jdbc.sql("show server_version").query(String.class).single();
        assertThat(version).startsWith("18.");
        assertThat(jdbc.sql("select count(*) from municipality").query(Integer.class).single()).isEqualTo(308);
    }
}
