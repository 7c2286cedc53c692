package fi.valita.identity;

import java.util.Locale;
import java.util.UUID;

/** A person's sign-in address changed after they confirmed the new one; the old address is told. */
public record SignInEmailChanged(
        UUID userId, UUID organisationId, String oldEmail, String newEmail, String displayName, Locale locale) {}
