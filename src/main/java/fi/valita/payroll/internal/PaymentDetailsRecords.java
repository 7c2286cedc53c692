package fi.valita.payroll.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The payment_details rows, with their values still sealed. */
@Repository
public class PaymentDetailsRecords {

    /** One expert's row as stored. */
    public record Stored(UUID expertId, UUID organisationId, @Nullable String payeeName,
            SealedValues.@Nullable Sealed identityCode, SealedValues.@Nullable Sealed iban, Instant updatedAt) {}

    private final JdbcClient jdbc;

    PaymentDetailsRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Stored> of(UUID expertId) {
        return jdbc.sql("select * from payment_details where expert_id = :expert")
                .param("expert", expertId)
                .query(PaymentDetailsRecords::map)
                .optional();
    }

    /** The rows of the experts who belong to the organisation, among those given. */
    public List<Stored> ofOrganisation(UUID organisationId, Collection<UUID> expertIds) {
        if (expertIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from payment_details where organisation_id = :org and expert_id in (:experts)")
                .param("org", organisationId)
                .param("experts", List.copyOf(expertIds))
                .query(PaymentDetailsRecords::map)
                .list();
    }

    /** Saves the row; a null sealed value keeps what was stored. */
    public void save(UUID expertId, UUID organisationId, @Nullable String payeeName, SealedValues.@Nullable Sealed code,
            SealedValues.@Nullable Sealed iban, Instant at) {
        jdbc.sql("""
                insert into payment_details (expert_id, organisation_id, payee_name, identity_code_cipher,
                    identity_code_key, iban_cipher, iban_key, updated_at)
                values (:expert, :org, :name, :code, :codeKey, :iban, :ibanKey, :at)
                on conflict (expert_id) do update set
                    organisation_id = excluded.organisation_id,
                    payee_name = excluded.payee_name,
                    identity_code_cipher = coalesce(excluded.identity_code_cipher, payment_details.identity_code_cipher),
                    identity_code_key = coalesce(excluded.identity_code_key, payment_details.identity_code_key),
                    iban_cipher = coalesce(excluded.iban_cipher, payment_details.iban_cipher),
                    iban_key = coalesce(excluded.iban_key, payment_details.iban_key),
                    updated_at = excluded.updated_at""")
                .param("expert", expertId)
                .param("org", organisationId)
                .param("name", payeeName)
                .param("code", code == null ? null : code.bytes())
                .param("codeKey", code == null ? null : code.keyId())
                .param("iban", iban == null ? null : iban.bytes())
                .param("ibanKey", iban == null ? null : iban.keyId())
                .param("at", Timestamp.from(at))
                .update();
    }

    private static Stored map(ResultSet rs, int row) throws SQLException {
        return new Stored(rs.getObject("expert_id", UUID.class), rs.getObject("organisation_id", UUID.class),
                rs.getString("payee_name"), sealed(rs, "identity_code"), sealed(rs, "iban"),
                rs.getTimestamp("updated_at").toInstant());
    }

    private static SealedValues.@Nullable Sealed sealed(ResultSet rs, String column) throws SQLException {
        byte[] bytes = rs.getBytes(column + "_cipher");
        String key = rs.getString(column + "_key");
        return bytes == null || key == null ? null : new SealedValues.Sealed(bytes, key);
    }
}
