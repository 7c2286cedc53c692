package fi.valita.identity.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A coordinator's invitation of an expert or a requester. Choices from lists arrive as text and
 * are read by the controller, so that a tampered value gets a message instead of breaking the form.
 */
record InviteForm(
        @NotBlank @Email @Size(max = 254) String email,
        @NotBlank @Size(max = 100) String displayName,
        @NotBlank String role,
        @NotBlank String organisationId,
        @Nullable String unitId,
        @NotBlank String language) {}
