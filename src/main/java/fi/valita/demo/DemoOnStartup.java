package fi.valita.demo;

import fi.valita.identity.Identity;
import fi.valita.platform.EmbeddedDatabase;
import java.net.InetAddress;
import java.net.URI;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Loads the demo data when the application is ready, if wanted: as {@code valita.demo.enabled}
 * says, or when it is unset, only into an embedded database that has no organisations yet, so
 * that a real installation never gets demo data mixed in and a restart does not load it again. Its passwords are
 * published, so it is loaded only where the base URL is a loopback address unless {@code valita.demo.enabled} is
 * {@code true} (start-up fails otherwise, saying so), and every page then says it is a demo ({@link DemoBanner}).
 */
@Component
class DemoOnStartup {

    private static final Logger log = LoggerFactory.getLogger(DemoOnStartup.class);

    private final DemoSettings settings;
    private final ObjectProvider<EmbeddedDatabase> embeddedDatabase;
    private final Identity identity;
    private final DemoData demo;
    private final DemoBanner banner;
    private final String baseUrl;

    DemoOnStartup(DemoSettings settings, ObjectProvider<EmbeddedDatabase> embeddedDatabase, Identity identity,
            DemoData demo, DemoBanner banner, @Value("${valita.base-url}") String baseUrl) {
        this.settings = settings;
        this.embeddedDatabase = embeddedDatabase;
        this.identity = identity;
        this.demo = demo;
        this.banner = banner;
        this.baseUrl = baseUrl;
    }

    @EventListener(ApplicationReadyEvent.class)
    void loadIfWanted() {
        boolean embedded = embeddedDatabase.getIfAvailable() != null;
        if (!wanted(settings.enabled(), embedded, () -> identity.organisations().isEmpty())) {
            log.debug("Demo data not loaded");
        } else {
            refuseOnPublicAddress(settings.enabled(), baseUrl);
            if (!demo.load()) {
                log.info("Demo data already present; not loaded again");
            }
        }
        banner.show(demo.isLoaded());
    }

    /** Only an explicit {@code true} loads the demo data where others than this host may reach it. */
    static void refuseOnPublicAddress(@Nullable Boolean enabled, String baseUrl) {
        if (!Boolean.TRUE.equals(enabled) && !isLoopback(baseUrl)) {
            log.error("Demo data refused: VALITA_BASE_URL is not a loopback address and VALITA_DEMO_ENABLED is not "
                    + "true");
            throw DemoRefused.publicAddress(baseUrl);
        }
    }

    /** localhost, 127.0.0.0/8 or ::1; a name is not looked up, so any other name counts as public. */
    static boolean isLoopback(String baseUrl) {
        try {
            String host = URI.create(baseUrl.strip()).getHost();
            if (host == null) {
                return false;
            }
            host = host.toLowerCase(Locale.ROOT);
            if (host.equals("localhost") || host.endsWith(".localhost")) {
                return true;
            }
            if (host.startsWith("[") && host.endsWith("]")) {
                host = host.substring(1, host.length() - 1);
            }
            return host.matches("[0-9.]+|[0-9a-f:]+") && InetAddress.ofLiteral(host).isLoopbackAddress();
        } catch (IllegalArgumentException notAnAddress) {
            return false;
        }
    }

    /** The rule: an explicit setting wins; unset means only an empty embedded database. */
    static boolean wanted(@Nullable Boolean enabled, boolean embeddedDatabase, BooleanSupplier databaseEmpty) {
        if (enabled != null) {
            return enabled;
        }
        return embeddedDatabase && databaseEmpty.getAsBoolean();
    }
}
