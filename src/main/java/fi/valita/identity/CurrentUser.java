package fi.valita.identity;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in user: who they are, in which organisation, in which role. */
public final class CurrentUser implements UserDetails, CredentialsContainer {

    private final UUID id;
    private final UUID organisationId;
    private final String email;
    private final String displayName;
    private final Role role;
    private final boolean enabled;
    private @Nullable String passwordHash;

    public CurrentUser(
            UUID id, UUID organisationId, String email, String displayName, Role role, boolean enabled,
            @Nullable String passwordHash) {
        this.id = id;
        this.organisationId = organisationId;
        this.email = email;
        this.displayName = displayName;
        this.role = role;
        this.enabled = enabled;
        this.passwordHash = passwordHash;
    }

    public UUID id() {
        return id;
    }

    public UUID organisationId() {
        return organisationId;
    }

    public String email() {
        return email;
    }

    public String displayName() {
        return displayName;
    }

    public Role role() {
        return role;
    }

    public boolean is(Role other) {
        return role == other;
    }

    /** Admins coordinate too. */
    public boolean coordinates() {
        return role == Role.COORDINATOR || role == Role.ADMIN;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isEnabled() {
        return enabled && passwordHash != null;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public String toString() {
        return "CurrentUser[" + id + ", " + role + "]";
    }
}
