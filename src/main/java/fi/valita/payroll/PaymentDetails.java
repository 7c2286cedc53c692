package fi.valita.payroll;

import fi.valita.identity.CurrentUser;
import fi.valita.identity.Role;
import fi.valita.payroll.internal.CodeAccessRecords;
import fi.valita.payroll.internal.PaymentDetailsVault;
import java.time.Clock;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An expert's own payment details: the identity code and bank account the payer needs, kept
 * encrypted. The expert sees only the ends of them and can replace them; each change of the code is
 * logged like any other access to it.
 */
@Service
public class PaymentDetails {

    /** The longest name for payments accepted. */
    public static final int MAX_NAME = 200;

    private final PaymentDetailsVault vault;
    private final CodeAccessRecords accesses;
    private final Clock clock;

    PaymentDetails(PaymentDetailsVault vault, CodeAccessRecords accesses, Clock clock) {
        this.vault = vault;
        this.accesses = accesses;
        this.clock = clock;
    }

    /** The expert's own details, the code and account shown only by their last characters. */
    @Transactional(readOnly = true)
    public MyPaymentDetails mine(CurrentUser expert) {
        requireExpert(expert);
        return vault.of(expert.id())
                .map(d -> new MyPaymentDetails(d.payeeName(), d.code() == null ? null : d.code().lastFour(),
                        d.iban() == null ? null : d.iban().lastFour(), d.unreadable(), d.updatedAt()))
                .orElse(MyPaymentDetails.NONE);
    }

    /** Whether an identity code or account can be saved now (there is an encryption key). */
    public boolean canSaveSecrets() {
        return vault.canSeal();
    }

    /**
     * Saves the name for payments (blank clears it), and the code and the account when given; null
     * keeps what is saved.
     *
     * @throws PaymentDetailsRefused when a code or account is given but there is no encryption key
     */
    @Transactional
    public MyPaymentDetails save(CurrentUser expert, @Nullable String payeeName, @Nullable PersonalIdentityCode code,
            @Nullable Iban iban) {
        requireExpert(expert);
        if ((code != null || iban != null) && !vault.canSeal()) {
            throw PaymentDetailsRefused.noEncryptionKey(code != null ? "identityCode" : "iban");
        }
        String name = payeeName == null || payeeName.isBlank() ? null : payeeName.strip();
        if (name != null && name.length() > MAX_NAME) {
            throw new IllegalArgumentException("Name for payments too long");
        }
        Instant now = Instant.now(clock);
        vault.save(expert.id(), expert.organisationId(), name, code, iban, now);
        if (code != null) {
            accesses.add(expert.organisationId(), expert.id(), expert.id(), AccessPurpose.CHANGE, null, now);
        }
        return mine(expert);
    }

    private static void requireExpert(CurrentUser user) {
        if (!user.is(Role.EXPERT)) {
            throw new AccessDeniedException("Only experts keep payment details here");
        }
    }
}
