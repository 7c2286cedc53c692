package fi.valita.payroll.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Payroll's secrets, from the environment only.
 *
 * @param encryptionKey base64 of 32 random bytes (AES-256), e.g. {@code openssl rand -base64 32}; env
 *     {@code VALITA_PAYROLL_ENCRYPTION_KEY}. Unset: a key file is made beside the embedded database's
 *     data; with an external database nothing secret can be saved until it is set.
 */
@ConfigurationProperties("valita.payroll")
public record PayrollSettings(@Nullable String encryptionKey) {}
