package fi.valita.payroll.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import org.springframework.stereotype.Component;

/**
 * Seals a secret value with AES-256-GCM: a fresh random 96-bit IV for every value, a 128-bit tag,
 * and associated data naming the row and column, so that a sealed value copied to another person or
 * column does not open. Sealed form: IV || ciphertext || tag, with the key's id beside it.
 */
@Component
public class SealedValues {

    /** A sealed value and the id of the key that sealed it. */
    public record Sealed(byte[] bytes, String keyId) {}

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final PayrollKeys keys;
    private final SecureRandom random = new SecureRandom();

    SealedValues(PayrollKeys keys) {
        this.keys = keys;
    }

    /** Whether new values can be sealed now. */
    public boolean canSeal() {
        return keys.current().isPresent();
    }

    /** @throws NoPayrollKey when there is no key to seal with */
    public Sealed seal(String value, String boundTo) {
        PayrollKeys.Key key = keys.current().orElseThrow(NoPayrollKey::new);
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key.secret(), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(boundTo.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(value.getBytes(StandardCharsets.UTF_8));
            return new Sealed(ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array(), key.id());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM not available", e);
        }
    }

    /** The value, or empty when its key is not at hand or it does not open (tampered, moved, other key). */
    public Optional<String> open(Sealed sealed, String boundTo) {
        var key = keys.byId(sealed.keyId());
        if (key.isEmpty() || sealed.bytes().length <= IV_BYTES) {
            return Optional.empty();
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key.get().secret(),
                    new GCMParameterSpec(TAG_BITS, sealed.bytes(), 0, IV_BYTES));
            cipher.updateAAD(boundTo.getBytes(StandardCharsets.UTF_8));
            byte[] plain = cipher.doFinal(sealed.bytes(), IV_BYTES, sealed.bytes().length - IV_BYTES);
            return Optional.of(new String(plain, StandardCharsets.UTF_8));
        } catch (javax.crypto.AEADBadTagException doesNotOpen) {
            return Optional.empty();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM not available", e);
        }
    }

    /** No payroll encryption key is configured and none can be made (external database). */
    public static class NoPayrollKey extends RuntimeException {
        NoPayrollKey() {
            super("No payroll encryption key: set VALITA_PAYROLL_ENCRYPTION_KEY");
        }
    }
}
