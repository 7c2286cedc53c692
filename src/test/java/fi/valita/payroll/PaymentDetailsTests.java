package fi.valita.payroll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.valita.TestPools;
import fi.valita.ValitaTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/** An expert's identity code and bank account: stored encrypted, shown to them only by their ends. */
@ValitaTest
class PaymentDetailsTests {

    @Autowired
    TestPools pools;

    @Autowired
    PaymentDetails details;

    @Autowired
    CodeAccessLog log;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theDatabaseHoldsNoPlainCodeOrAccountOnlyCiphertextWithItsKeyId() {
        var ngo = pools.ngoPool("Details encrypted NGO");
        var code = PersonalIdentityCode.artificial(LocalDate.of(1975, 3, 9), 931);
        var iban = Iban.parse(PayrollWork.IBAN).orElseThrow();

        details.save(ngo.expert(), "Maija Maksettava", code, iban);

        Map<String, Object> row = jdbc.sql("select * from payment_details where expert_id = :id")
                .param("id", ngo.expert().id()).query().singleRow();
        List<String> stored = new ArrayList<>();
        row.values().forEach(v -> stored.add(v instanceof byte[] bytes
                ? new String(bytes, StandardCharsets.ISO_8859_1) : String.valueOf(v)));
        String everything = String.join("|", stored);
        String digits = code.value().substring(0, 6) + code.value().substring(7, 10);
        assertThat(everything).doesNotContain(code.value(), digits, code.lastFour(), iban.value(), "12345600000785");
        assertThat((byte[]) row.get("identity_code_cipher")).hasSizeGreaterThan(12 + 16);
        assertThat((String) row.get("identity_code_key")).startsWith("k");
        assertThat((String) row.get("iban_key")).isEqualTo(row.get("identity_code_key"));
        assertThat(jdbc.sql("select count(*) from payment_details where encode(identity_code_cipher, 'escape') like :c")
                .param("c", "%" + code.lastFour() + "%").query(Integer.class).single()).isZero();
    }

    @Test
    void theExpertSeesOnlyTheEndsAndCanReplaceThem() {
        var ngo = pools.ngoPool("Details masked NGO");
        details.save(ngo.expert(), null, PersonalIdentityCode.artificial(LocalDate.of(1975, 3, 9), 931),
                Iban.parse(PayrollWork.IBAN).orElseThrow());
        var replaced = PersonalIdentityCode.artificial(LocalDate.of(1975, 3, 9), 932);

        MyPaymentDetails mine = details.save(ngo.expert(), "  ", replaced, null);

        assertThat(mine.codeEnding()).isEqualTo(replaced.lastFour());
        assertThat(mine.ibanEnding()).as("kept").isEqualTo("0785");
        assertThat(mine.payeeName()).isNull();
        assertThat(mine.toString()).doesNotContain(replaced.value());
        assertThat(log.ofMyCode(ngo.expert())).as("each save of the code is logged").hasSize(2)
                .allSatisfy(a -> assertThat(a.purpose()).isEqualTo(AccessPurpose.CHANGE));
    }

    @Test
    void nobodyButTheExpertKeepsTheirDetailsHere() {
        var ngo = pools.ngoPool("Details others NGO");
        for (var other : List.of(ngo.admin(), ngo.coordinator(), ngo.requester())) {
            assertThatThrownBy(() -> details.mine(other)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> details.save(other, "x", null, null)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> log.ofMyCode(other)).isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> log.ofMyOrganisation(ngo.coordinator())).isInstanceOf(AccessDeniedException.class);
        assertThat(details.mine(ngo.expert())).isEqualTo(MyPaymentDetails.NONE);
    }
}
