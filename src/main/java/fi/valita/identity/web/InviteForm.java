package fi.valita.identity.web;

import fi.valita.identity.Role;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A coordinator's invitation of an expert or a requester. */
record InviteForm(
        @NotBlank @Email @Size(max = 254) String email,
        @NotBlank @Size(max = 100) String displayName,
        @NotNull Role role,
        @NotNull UUID organisationId,
        @Nullable UUID unitId,
        @NotBlank String language) {}
