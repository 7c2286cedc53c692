package fi.valita.identity.internal;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords (RFC 6238 over RFC 4226's HOTP): HMAC-SHA1, 30-second steps,
 * the codes authenticator apps show by default. A code of the step before or after is accepted
 * too, for a phone clock a little off.
 */
public final class Totp {

    static final int STEP_SECONDS = 30;
    private static final int[] POWERS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000};

    private final String algorithm;
    private final int digits;

    private Totp(String algorithm, int digits) {
        this.algorithm = algorithm;
        this.digits = digits;
    }

    /** What authenticator apps use: HMAC-SHA1 and six digits. */
    public static Totp standard() {
        return new Totp("HmacSHA1", 6);
    }

    /** For the RFC's test vectors, which also use SHA-256/512 and eight digits. */
    static Totp of(String algorithm, int digits) {
        return new Totp(algorithm, digits);
    }

    public static long stepAt(Instant time) {
        return Math.floorDiv(time.getEpochSecond(), STEP_SECONDS);
    }

    /** The code for one time step, zero-padded. */
    public String code(byte[] secret, long step) {
        byte[] hash = hmac(secret, step);
        int offset = hash[hash.length - 1] & 0x0f;
        int binary = ((hash[offset] & 0x7f) << 24)
                | ((hash[offset + 1] & 0xff) << 16)
                | ((hash[offset + 2] & 0xff) << 8)
                | (hash[offset + 3] & 0xff);
        String code = Integer.toString(binary % POWERS[digits]);
        return "0".repeat(digits - code.length()) + code;
    }

    /**
     * The step whose code matches, of the steps around {@code now} later than {@code lastUsedStep}
     * (so a used code is not accepted again); empty when none does.
     */
    public OptionalLong matchingStep(byte[] secret, String typed, Instant now, long lastUsedStep) {
        String code = typed.replaceAll("\\s", "");
        if (code.length() != digits) {
            return OptionalLong.empty();
        }
        long current = stepAt(now);
        for (long step = current - 1; step <= current + 1; step++) {
            if (step > lastUsedStep && MessageDigest.isEqual(
                    code(secret, step).getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                    code.getBytes(java.nio.charset.StandardCharsets.US_ASCII))) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    private byte[] hmac(byte[] secret, long step) {
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(secret, algorithm));
            byte[] counter = new byte[8];
            for (int i = 7; i >= 0; i--) {
                counter[i] = (byte) (step & 0xff);
                step >>>= 8;
            }
            return mac.doFinal(counter);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(algorithm + " is always available", e);
        }
    }
}
