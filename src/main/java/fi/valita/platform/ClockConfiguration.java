package fi.valita.platform;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for the whole application, so that rules about time can be tested. */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    /** Times are stored as UTC instants and shown in this zone. */
    public static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    @Bean
    Clock clock() {
        return Clock.system(HELSINKI);
    }
}
