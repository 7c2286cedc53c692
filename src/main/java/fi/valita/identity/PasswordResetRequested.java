package fi.valita.identity;

import java.util.Locale;

/**
 * Someone asked for a password reset link for an address, which may or may not have an account. The
 * link is made and sent after the answer, so that the answer costs the same either way.
 */
public record PasswordResetRequested(String email, Locale locale) {}
