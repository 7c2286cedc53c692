package fi.valita.payroll.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The AES-256 key that seals identity codes and bank accounts: the configured one, or on the embedded
 * database a key file made on first use beside its data, readable by the owner only. Each key has an
 * id (from a hash of the key), stored with every value it sealed, so that a value sealed with another
 * key is recognised instead of being read as garbage.
 */
public final class PayrollKeys {

    /** A key and its id. */
    public record Key(String id, SecretKey secret) {

        @Override
        public String toString() {
            return "Key[" + id + "]";
        }
    }

    private static final Logger log = LoggerFactory.getLogger(PayrollKeys.class);
    private static final int KEY_BYTES = 32;

    private final @Nullable Key configured;
    private final @Nullable Path keyFile;
    private @Nullable Key fromFile;

    private PayrollKeys(@Nullable Key configured, @Nullable Path keyFile) {
        this.configured = configured;
        this.keyFile = keyFile;
    }

    /**
     * @param base64Key the configured key, blank when none
     * @param embeddedKeyFile where to keep a made key when none is configured; null with an external database
     * @throws IllegalStateException when a configured key is not base64 of 32 bytes
     */
    public static PayrollKeys of(@Nullable String base64Key, @Nullable Path embeddedKeyFile) {
        if (base64Key != null && !base64Key.isBlank()) {
            return new PayrollKeys(key(decode(base64Key.strip(), "valita.payroll.encryption-key")), null);
        }
        return new PayrollKeys(null, embeddedKeyFile);
    }

    /** The key to seal new values with; empty when none is configured and none can be made. */
    public synchronized Optional<Key> current() {
        if (configured != null) {
            return Optional.of(configured);
        }
        if (keyFile == null) {
            return Optional.empty();
        }
        if (fromFile == null) {
            fromFile = key(readOrCreate(keyFile));
        }
        return Optional.of(fromFile);
    }

    /** The key with the id, if it is the one at hand. */
    public Optional<Key> byId(String id) {
        return current().filter(key -> key.id().equals(id));
    }

    private static byte[] readOrCreate(Path file) {
        try {
            if (Files.exists(file)) {
                return decode(Files.readString(file, StandardCharsets.US_ASCII).strip(), file.toString());
            }
            Path dir = file.toAbsolutePath().getParent();
            if (dir != null) {
                Files.createDirectories(dir);
            }
            byte[] key = new byte[KEY_BYTES];
            new SecureRandom().nextBytes(key);
            createOwnerOnly(file);
            Files.writeString(file, Base64.getEncoder().encodeToString(key) + "\n", StandardCharsets.US_ASCII);
            log.warn("No payroll encryption key is configured (VALITA_PAYROLL_ENCRYPTION_KEY): made a new one in {} "
                    + "for the embedded database. Back it up with the data; without it the saved identity codes "
                    + "and bank accounts cannot be read.", file.toAbsolutePath());
            return key;
        } catch (FileAlreadyExistsException madeMeanwhile) {
            return readOrCreate(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read or make the payroll key file " + file, e);
        }
    }

    private static void createOwnerOnly(Path file) throws IOException {
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(file);
            var f = file.toFile();
            boolean ok = f.setReadable(false, false) & f.setReadable(true, true)
                    & f.setWritable(false, false) & f.setWritable(true, true);
            if (!ok) {
                log.warn("Could not make the payroll key file {} readable by its owner only", file.toAbsolutePath());
            }
        }
    }

    private static byte[] decode(String base64, String where) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("The payroll encryption key in " + where + " is not base64");
        }
        if (key.length != KEY_BYTES) {
            throw new IllegalStateException("The payroll encryption key in " + where + " must be 32 bytes (base64 of "
                    + "32 random bytes, e.g. openssl rand -base64 32), not " + key.length);
        }
        return key;
    }

    private static Key key(byte[] bytes) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(bytes);
            return new Key("k" + HexFormat.of().formatHex(hash, 0, 6), new SecretKeySpec(bytes, "AES"));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
