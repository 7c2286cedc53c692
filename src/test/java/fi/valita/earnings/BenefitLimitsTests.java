package fi.valita.earnings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.valita.TestPools;
import fi.valita.ValitaTest;
import fi.valita.shared.Money;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * The dated table of benefit limits: periods never overlap, a limit keeps its kind, only the platform operator
 * changes it, always with a reason.
 */
@ValitaTest
class BenefitLimitsTests {

    @Autowired
    BenefitLimits limits;

    @Autowired
    TestPools pools;

    static final String REASON = "Kela's decision";

    @Test
    void theExampleRowsAreThereAndMarkedAsExamples() {
        assertThat(limits.all()).extracting(BenefitLimit::code)
                .contains("KELA_DISABILITY_PENSION", "UNEMPLOYMENT_BENEFIT", "EARNINGS_RELATED_PENSION", "OWN_YEARLY_LIMIT");
        assertThat(limits.rowsOf("KELA_DISABILITY_PENSION")).allSatisfy(l -> {
            assertThat(l.example()).isTrue();
            assertThat(l.kind()).isEqualTo(BenefitLimitKind.MONTHLY_EARNINGS);
        });
        assertThat(limits.rowsOf("UNEMPLOYMENT_BENEFIT")).singleElement().satisfies(l -> assertThat(l.amount()).isNull());
        assertThat(limits.rowsOf("EARNINGS_RELATED_PENSION")).singleElement()
                .satisfies(l -> assertThat(l.isPersonal()).isTrue());
    }

    @Test
    void aNewPeriodNeedsTheOpenOneEndedFirstAndKeepsTheKeysAndTheKind() {
        var operator = pools.operator();
        String code = code();
        var first = limits.add(row(code, BenefitLimitKind.MONTHLY_EARNINGS, "900", "2025-01-01", null), REASON,
                operator);

        assertRefused(() -> limits.add(row(code, BenefitLimitKind.MONTHLY_EARNINGS, "950", "2026-01-01", null),
                REASON, operator), "validFrom", "earnings.error.overlap");
        assertRefused(() -> limits.end(first.id(), LocalDate.parse("2024-12-31"), REASON, operator), "validTo",
                "earnings.error.ends-before-start");
        limits.end(first.id(), LocalDate.parse("2025-12-31"), REASON, operator);
        var second = limits.add(row(code, BenefitLimitKind.MONTHLY_EARNINGS, "950", "2026-01-01", null), REASON,
                operator);
        assertRefused(() -> limits.add(row(code, BenefitLimitKind.YEARLY_EARNINGS, "9000", "2030-01-01", null),
                REASON, operator), "kind", "earnings.error.other-kind");
        assertRefused(() -> limits.end(first.id(), LocalDate.parse("2026-06-30"), REASON, operator), "validTo",
                "earnings.error.overlap");

        assertThat(limits.rowsOf(code)).extracting(BenefitLimit::amount)
                .containsExactly(Money.parse("900"), Money.parse("950"));
        assertThat(second.nameKey()).isEqualTo("earnings.limit." + code + ".name").isEqualTo(first.nameKey());
        assertThat(limits.choosableOn(LocalDate.parse("2025-12-31"))).filteredOn(l -> l.code().equals(code))
                .singleElement().extracting(BenefitLimit::amount).isEqualTo(Money.parse("900"));
        assertThat(limits.choosableOn(LocalDate.parse("2026-01-01"))).filteredOn(l -> l.code().equals(code))
                .singleElement().extracting(BenefitLimit::amount).isEqualTo(Money.parse("950"));
    }

    @Test
    void rowsBreakingTheRulesAreRefused() {
        var operator = pools.operator();

        assertRefused(() -> limits.add(row("lower_case", BenefitLimitKind.ANY_FEE, null, "2026-01-01", null),
                REASON, operator), "code", "earnings.error.code");
        assertRefused(() -> limits.add(row(code(), BenefitLimitKind.ANY_FEE, "10", "2026-01-01", null),
                REASON, operator), "amount", "earnings.error.amount-any-fee");
        assertRefused(() -> limits.add(row(code(), BenefitLimitKind.MONTHLY_EARNINGS, "10", "2026-01-01", "2025-12-31"),
                REASON, operator), "validTo", "earnings.error.ends-before-start");
    }

    @Test
    void onlyThePlatformOperatorChangesTheTableAndOnlyWithAReason() {
        var ngo = pools.ngoPool("Limit roles NGO");
        String code = code();
        var open = limits.add(row(code, BenefitLimitKind.ANY_FEE, null, "2026-01-01", null), "Kela", pools.operator());
        for (var notOperator : new fi.valita.identity.CurrentUser[] {ngo.admin(), ngo.coordinator(), ngo.expert(),
                ngo.requester()}) {
            assertThatThrownBy(() -> limits.add(row(code(), BenefitLimitKind.ANY_FEE, null, "2026-01-01", null),
                    "Kela", notOperator)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> limits.end(open.id(), LocalDate.parse("2026-12-31"), "Kela", notOperator))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> limits.end(open.id(), LocalDate.parse("2026-12-31"), " ", pools.operator()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(limits.rowsOf(code)).containsExactly(open);
    }

    private static NewBenefitLimit row(String code, BenefitLimitKind kind, String euros, String from, String to) {
        return new NewBenefitLimit(code, kind, euros == null ? null : Money.parse(euros), LocalDate.parse(from),
                to == null ? null : LocalDate.parse(to), false);
    }

    private static String code() {
        return "TEST_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
    }

    private static void assertRefused(Runnable change, String field, String key) {
        assertThatThrownBy(change::run).isInstanceOfSatisfying(EarningsRefused.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.messageKey()).isEqualTo(key);
        });
    }
}
