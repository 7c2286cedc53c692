package fi.valita;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Välitä: a bank of experts by experience and peer workers. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ValitaApplication {

    public static void main(String[] args) {
        SpringApplication.run(ValitaApplication.class, args);
    }
}
