package fi.valita.payroll.internal;

import fi.valita.payroll.Iban;
import fi.valita.payroll.PersonalIdentityCode;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Payment details sealed on the way in and opened on the way out. It checks no user and logs nothing:
 * the facades decide who may see what and log each access.
 */
@Component
public class PaymentDetailsVault {

    /**
     * An expert's details, opened.
     *
     * @param unreadable something is stored that does not open with the key at hand
     */
    public record Opened(UUID expertId, UUID organisationId, @Nullable String payeeName,
            @Nullable PersonalIdentityCode code, @Nullable Iban iban, boolean unreadable, Instant updatedAt) {}

    private final PaymentDetailsRecords records;
    private final SealedValues sealed;

    PaymentDetailsVault(PaymentDetailsRecords records, SealedValues sealed) {
        this.records = records;
        this.sealed = sealed;
    }

    public boolean canSeal() {
        return sealed.canSeal();
    }

    public Optional<Opened> of(UUID expertId) {
        return records.of(expertId).map(this::open);
    }

    /** The details of those of the experts who belong to the organisation, by expert. */
    public Map<UUID, Opened> ofOrganisation(UUID organisationId, Collection<UUID> expertIds) {
        return records.ofOrganisation(organisationId, expertIds).stream()
                .map(this::open)
                .collect(Collectors.toMap(Opened::expertId, Function.identity()));
    }

    /**
     * Saves the name, and the code and the account when given (null keeps the stored one).
     *
     * @throws SealedValues.NoPayrollKey when a code or account is given and there is no key
     */
    public void save(UUID expertId, UUID organisationId, @Nullable String payeeName, @Nullable PersonalIdentityCode code,
            @Nullable Iban iban, Instant at) {
        records.save(expertId, organisationId, payeeName,
                code == null ? null : sealed.seal(code.value(), boundTo("identity_code", expertId)),
                iban == null ? null : sealed.seal(iban.value(), boundTo("iban", expertId)), at);
    }

    private Opened open(PaymentDetailsRecords.Stored row) {
        var code = openValue(row.identityCode(), "identity_code", row.expertId()).map(PersonalIdentityCode::parse);
        var iban = openValue(row.iban(), "iban", row.expertId()).map(Iban::parse);
        boolean unreadable = (row.identityCode() != null && code.flatMap(Function.identity()).isEmpty())
                || (row.iban() != null && iban.flatMap(Function.identity()).isEmpty());
        return new Opened(row.expertId(), row.organisationId(), row.payeeName(),
                code.flatMap(Function.identity()).orElse(null), iban.flatMap(Function.identity()).orElse(null),
                unreadable, row.updatedAt());
    }

    private Optional<String> openValue(SealedValues.@Nullable Sealed value, String column, UUID expertId) {
        return value == null ? Optional.empty() : sealed.open(value, boundTo(column, expertId));
    }

    /** The associated data: a sealed value opens only in its own column of its own expert's row. */
    private static String boundTo(String column, UUID expertId) {
        return "payment_details." + column + ":" + expertId;
    }
}
