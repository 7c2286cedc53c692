package fi.valita.demo;

import fi.valita.identity.Identity;
import fi.valita.platform.EmbeddedDatabase;
import java.util.function.BooleanSupplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Loads the demo data when the application is ready, if wanted: as {@code valita.demo.enabled}
 * says, or when it is unset, only into an embedded database that has no organisations yet, so
 * that a real installation never gets demo data mixed in and a restart does not load it again.
 */
@Component
class DemoOnStartup {

    private static final Logger log = LoggerFactory.getLogger(DemoOnStartup.class);

    private final DemoSettings settings;
    private final ObjectProvider<EmbeddedDatabase> embeddedDatabase;
    private final Identity identity;
    private final DemoData demo;

    DemoOnStartup(DemoSettings settings, ObjectProvider<EmbeddedDatabase> embeddedDatabase, Identity identity,
            DemoData demo) {
        this.settings = settings;
        this.embeddedDatabase = embeddedDatabase;
        this.identity = identity;
        this.demo = demo;
    }

    @EventListener(ApplicationReadyEvent.class)
    void loadIfWanted() {
        boolean embedded = embeddedDatabase.getIfAvailable() != null;
        if (!wanted(settings.enabled(), embedded, () -> identity.organisations().isEmpty())) {
            log.debug("Demo data not loaded");
            return;
        }
        if (!demo.load()) {
            log.info("Demo data already present; not loaded again");
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
