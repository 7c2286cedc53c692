package fi.valita.identity.internal;

import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.stereotype.Repository;

/**
 * The WebAuthn user entity of each person: a random handle tied to the account, so that a passkey
 * keeps working when the sign-in address changes. Spring Security's relying party names a person
 * by the signed-in name, which is the account's e-mail address exactly as stored.
 */
@Repository
public class PasskeyUsers implements PublicKeyCredentialUserEntityRepository {

    private static final String SELECT = """
            select p.handle, a.email, a.display_name from passkey_user p join user_account a on a.id = p.user_id
            """;

    private final JdbcClient jdbc;

    PasskeyUsers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public @Nullable PublicKeyCredentialUserEntity findById(Bytes id) {
        return jdbc.sql(SELECT + " where p.handle = :handle").param("handle", id.toBase64UrlString())
                .query((rs, n) -> entity(rs.getString("handle"), rs.getString("email"), rs.getString("display_name")))
                .optional().orElse(null);
    }

    @Override
    public @Nullable PublicKeyCredentialUserEntity findByUsername(String username) {
        return jdbc.sql(SELECT + " where a.email = :email").param("email", username)
                .query((rs, n) -> entity(rs.getString("handle"), rs.getString("email"), rs.getString("display_name")))
                .optional().orElse(null);
    }

    @Override
    public void save(PublicKeyCredentialUserEntity entity) {
        jdbc.sql("""
                insert into passkey_user (user_id, handle) select id, :handle from user_account where email = :email
                on conflict (user_id) do nothing""")
                .param("handle", entity.getId().toBase64UrlString()).param("email", entity.getName())
                .update();
    }

    @Override
    public void delete(Bytes id) {
        jdbc.sql("delete from passkey_user where handle = :handle").param("handle", id.toBase64UrlString()).update();
    }

    /** The person's handle, if they have ever begun adding a passkey. */
    public Optional<String> handleOf(UUID userId) {
        return jdbc.sql("select handle from passkey_user where user_id = :user").param("user", userId)
                .query(String.class).optional();
    }

    /** Whose account a handle belongs to. */
    public Optional<UUID> accountOf(Bytes handle) {
        return jdbc.sql("select user_id from passkey_user where handle = :handle")
                .param("handle", handle.toBase64UrlString()).query(UUID.class).optional();
    }

    public int passkeyCount(UUID userId) {
        return jdbc.sql("""
                select count(*) from user_credentials c join passkey_user p on p.handle = c.user_entity_user_id
                where p.user_id = :user""")
                .param("user", userId).query(Integer.class).single();
    }

    /** Removes every passkey of the person (a lost device); returns how many there were. */
    public int removeAllOf(UUID userId) {
        int removed = jdbc.sql("""
                delete from user_credentials where user_entity_user_id in
                    (select handle from passkey_user where user_id = :user)""")
                .param("user", userId).update();
        jdbc.sql("delete from passkey_user where user_id = :user").param("user", userId).update();
        return removed;
    }

    private static PublicKeyCredentialUserEntity entity(String handle, String email, String displayName) {
        return ImmutablePublicKeyCredentialUserEntity.builder()
                .id(Bytes.fromBase64(handle)).name(email).displayName(displayName).build();
    }
}
