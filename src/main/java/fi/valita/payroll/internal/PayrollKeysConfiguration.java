package fi.valita.payroll.internal;

import fi.valita.platform.EmbeddedDatabase;
import fi.valita.platform.EmbeddedDatabaseSettings;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The payroll key: configured, or a key file beside the embedded database's data when that is in use. */
@Configuration(proxyBeanMethods = false)
class PayrollKeysConfiguration {

    static final String KEY_FILE = "payroll-encryption.key";

    @Bean
    PayrollKeys payrollKeys(PayrollSettings settings, ObjectProvider<EmbeddedDatabase> embedded,
            EmbeddedDatabaseSettings embeddedSettings) {
        return PayrollKeys.of(settings.encryptionKey(),
                embedded.getIfAvailable() == null ? null : keyFileBeside(embeddedSettings.dataDirOrDefault()));
    }

    /** The key file goes next to the database directory (not inside it: a clean start empties that). */
    static Path keyFileBeside(Path dataDir) {
        @Nullable Path parent = dataDir.toAbsolutePath().normalize().getParent();
        return parent == null ? Path.of(KEY_FILE) : parent.resolve(KEY_FILE);
    }
}
