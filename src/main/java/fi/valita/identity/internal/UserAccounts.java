package fi.valita.identity.internal;

import fi.valita.identity.CurrentUser;
import fi.valita.identity.Role;
import fi.valita.identity.UserAccount;
import fi.valita.platform.LoginName;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * User accounts. E-mail addresses are unique by their {@link LoginName} (kept in {@code login_name}), the
 * same normalisation the login throttle counts by; it is made here in Java, never by SQL's {@code lower()}.
 */
@Repository
public class UserAccounts {

    private final JdbcClient jdbc;

    UserAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void add(UserAccount account, @Nullable String passwordHash) {
        jdbc.sql("""
                insert into user_account (id, organisation_id, unit_id, email, login_name, display_name, role,
                    password_hash, privacy_notice_accepted_at)
                values (:id, :org, :unit, :email, :login, :name, :role, :hash, :privacy)""")
                .param("id", account.id())
                .param("org", account.organisationId())
                .param("unit", account.unitId())
                .param("email", account.email())
                .param("login", LoginName.of(account.email()))
                .param("name", account.displayName())
                .param("role", account.role().name())
                .param("hash", passwordHash)
                .param("privacy", account.privacyNoticeAcceptedAt() == null
                        ? null : Timestamp.from(account.privacyNoticeAcceptedAt()))
                .update();
    }

    public Optional<UserAccount> byId(UUID id) {
        return jdbc.sql("select * from user_account where id = :id").param("id", id).query(UserAccounts::map).optional();
    }

    public Optional<UserAccount> byEmail(String email) {
        return jdbc.sql("select * from user_account where login_name = :login")
                .param("login", LoginName.of(email))
                .query(UserAccounts::map)
                .optional();
    }

    /**
     * The account that may sign in with this address: none for an unknown address and for an account not
     * yet activated (or disabled) alike, so that the password check runs against a dummy hash for both and
     * takes as long as for an active account.
     */
    public Optional<CurrentUser> signInDetails(String email) {
        return jdbc.sql("""
                select * from user_account where login_name = :login and enabled and password_hash is not null""")
                .param("login", LoginName.of(email))
                .query((rs, n) -> new CurrentUser(
                        rs.getObject("id", UUID.class),
                        rs.getObject("organisation_id", UUID.class),
                        rs.getString("email"),
                        rs.getString("display_name"),
                        Role.valueOf(rs.getString("role")),
                        rs.getBoolean("enabled"),
                        rs.getString("password_hash")))
                .optional();
    }

    public List<UserAccount> ofOrganisations(List<UUID> organisationIds, Role role) {
        if (organisationIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select * from user_account where organisation_id in (:orgs) and role = :role order by display_name""")
                .param("orgs", organisationIds)
                .param("role", role.name())
                .query(UserAccounts::map)
                .list();
    }

    public java.util.Set<UUID> activeAmong(java.util.Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return java.util.Set.of();
        }
        return new java.util.HashSet<>(jdbc.sql("""
                select id from user_account where id in (:ids) and enabled and password_hash is not null""")
                .param("ids", ids)
                .query(UUID.class)
                .list());
    }

    public void activate(UUID id, String passwordHash, Instant privacyAcceptedAt) {
        jdbc.sql("""
                update user_account set password_hash = :hash, privacy_notice_accepted_at = :at where id = :id""")
                .param("hash", passwordHash)
                .param("at", Timestamp.from(privacyAcceptedAt))
                .param("id", id)
                .update();
    }

    public void setPassword(UUID id, String passwordHash) {
        jdbc.sql("update user_account set password_hash = :hash where id = :id")
                .param("hash", passwordHash)
                .param("id", id)
                .update();
    }

    public @Nullable String passwordHash(UUID id) {
        return jdbc.sql("select password_hash from user_account where id = :id")
                .param("id", id)
                .query((rs, n) -> Optional.ofNullable(rs.getString("password_hash")))
                .optional()
                .flatMap(hash -> hash)
                .orElse(null);
    }

    public void changeEmail(UUID id, String email) {
        jdbc.sql("update user_account set email = :email, login_name = :login where id = :id")
                .param("email", email)
                .param("login", LoginName.of(email))
                .param("id", id)
                .update();
    }

    private static UserAccount map(ResultSet rs, int row) throws SQLException {
        Timestamp privacy = rs.getTimestamp("privacy_notice_accepted_at");
        return new UserAccount(
                rs.getObject("id", UUID.class),
                rs.getObject("organisation_id", UUID.class),
                rs.getObject("unit_id", UUID.class),
                rs.getString("email"),
                rs.getString("display_name"),
                Role.valueOf(rs.getString("role")),
                rs.getString("password_hash") != null && rs.getBoolean("enabled"),
                privacy == null ? null : privacy.toInstant());
    }
}
