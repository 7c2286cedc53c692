package fi.valita.payroll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.valita.TestPools;
import fi.valita.identity.CurrentUser;
import fi.valita.identity.Role;
import fi.valita.payroll.internal.KeylessVaults;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** With an external database and no key configured, an identity code or account is refused, not stored in plain. */
class NoEncryptionKeyTests {

    final PaymentDetails details = new PaymentDetails(KeylessVaults.vault(), KeylessVaults.accesses(),
            Clock.systemUTC());
    final CurrentUser expert = TestPools.asCurrentUser(new fi.valita.identity.UserAccount(UUID.randomUUID(),
            UUID.randomUUID(), null, "expert@test.example", "Expert", Role.EXPERT, true, null));

    @Test
    void savingACodeIsRefusedWithAMessageForTheExpert() {
        var code = PersonalIdentityCode.artificial(LocalDate.of(1970, 1, 1), 900);

        assertThat(details.canSaveSecrets()).isFalse();
        assertThatThrownBy(() -> details.save(expert, null, code, null))
                .isInstanceOfSatisfying(PaymentDetailsRefused.class, refused -> {
                    assertThat(refused.field()).isEqualTo("identityCode");
                    assertThat(refused.messageKey()).isEqualTo("payroll.details.error.no-key");
                });
        assertThatThrownBy(() -> details.save(expert, null, null, Iban.parse(PayrollWork.IBAN).orElseThrow()))
                .isInstanceOf(PaymentDetailsRefused.class).extracting("field").isEqualTo("iban");
    }
}
