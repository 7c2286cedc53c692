package fi.valita.earnings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import fi.valita.TestPools;
import fi.valita.ValitaTest;
import fi.valita.fees.ParameterChange;
import fi.valita.fees.ParameterChange.Action;
import fi.valita.fees.ParameterChanges;
import fi.valita.shared.Money;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The benefit limits are Kela's and the law's, the same for every organisation: an organisation's admin only reads
 * them; the platform operator named in the configuration changes them, each time with a reason that is logged.
 */
@ValitaTest
class NationalBenefitLimitsTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestPools pools;

    @Autowired
    BenefitLimits limits;

    @Autowired
    ParameterChanges changes;

    @Test
    void anOrganisationsAdminCannotAddOrEndALimitByPageOrFacade() {
        var admin = pools.ngoPool("Limits refused NGO").admin();
        String code = code();
        var open = limits.add(new NewBenefitLimit(code, BenefitLimitKind.MONTHLY_EARNINGS, Money.parse("900"),
                LocalDate.parse("2026-01-01"), null, false), "Kela figure 2026", pools.operator());
        String newCode = code();

        assertThat(mvc.post().uri("/admin/benefit-limits?lang=en").with(user(admin)).with(csrf())
                .param("code", newCode).param("kind", "ANY_FEE").param("validFrom", "2026-01-01")
                .param("reason", "Because I can")).hasStatus(403);
        assertThat(mvc.post().uri("/admin/benefit-limits/{id}/end?lang=en", open.id()).with(user(admin)).with(csrf())
                .param("validTo", "2026-01-31").param("reason", "Because I can")).hasStatus(403);
        assertThat(mvc.get().uri("/admin/benefit-limits/{id}/end", open.id()).with(user(admin))).hasStatus(403);
        assertThatThrownBy(() -> limits.add(new NewBenefitLimit(newCode, BenefitLimitKind.ANY_FEE, null,
                LocalDate.parse("2026-01-01"), null, false), "Because I can", admin))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> limits.end(open.id(), LocalDate.parse("2026-01-31"), "Because I can", admin))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(limits.rowsOf(code)).containsExactly(open);
        assertThat(limits.rowsOf(newCode)).isEmpty();
        assertThat(changes.visibleTo(admin, ParameterChange.Table.BENEFIT_LIMIT))
                .noneMatch(c -> c.reason().equals("Because I can"));
        assertThat(mvc.get().uri("/admin/benefit-limits?lang=en").with(user(admin))).hasStatusOk().body().asString()
                .contains("id=\"limits-by-operator\"", "Kela figure 2026")
                .doesNotContain("action=\"/admin/benefit-limits\"", "/admin/benefit-limits/" + open.id() + "/end");
    }

    @Test
    void theOperatorsChangeNeedsAReasonAndIsLoggedForEveryAdminToSee() {
        var operator = pools.operator();
        String code = code();

        assertThat(mvc.post().uri("/admin/benefit-limits?lang=en").with(user(operator)).with(csrf())
                .param("code", code).param("kind", "MONTHLY_EARNINGS").param("amount", "950")
                .param("validFrom", "2040-01-01").param("reason", " ")).hasStatusOk().body().asString()
                .contains("id=\"reason-error\"", "Write why the limit changes.");
        assertThat(limits.rowsOf(code)).isEmpty();

        assertThat(mvc.post().uri("/admin/benefit-limits?lang=en").with(user(operator)).with(csrf())
                .param("code", code).param("kind", "MONTHLY_EARNINGS").param("amount", "950")
                .param("validFrom", "2040-01-01").param("reason", "Kela decision for 2040"))
                .hasRedirectedUrl("/admin/benefit-limits");
        BenefitLimit added = limits.rowsOf(code).getFirst();
        assertThat(mvc.post().uri("/admin/benefit-limits/{id}/end?lang=en", added.id()).with(user(operator))
                .with(csrf()).param("validTo", "2040-12-31").param("reason", "The 2041 decision replaces it"))
                .hasRedirectedUrl("/admin/benefit-limits");

        var someAdmin = pools.ngoPool("Limits log reader NGO").admin();
        assertThat(changes.visibleTo(someAdmin, ParameterChange.Table.BENEFIT_LIMIT))
                .filteredOn(c -> c.key().equals(code))
                .extracting(ParameterChange::action, ParameterChange::reason, ParameterChange::changedBy,
                        ParameterChange::national)
                .containsExactlyInAnyOrder(
                        tuple(Action.ADDED, "Kela decision for 2040", operator.id(), true),
                        tuple(Action.ENDED, "The 2041 decision replaces it", operator.id(),
                                true));
        assertThat(mvc.get().uri("/admin/benefit-limits?lang=en").with(user(someAdmin))).hasStatusOk().bodyText()
                .contains("Platform Operator", "Kela decision for 2040", "The 2041 decision replaces it",
                        "€950.00 1 Jan 2040 –", "31 Dec 2040");
    }

    private static String code() {
        return "TEST_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
    }
}
