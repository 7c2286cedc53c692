package fi.valita.fees.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import fi.valita.TestPools;
import fi.valita.ValitaTest;
import fi.valita.assignments.AfterWork;
import fi.valita.assignments.Brokering;
import fi.valita.experts.TaskType;
import fi.valita.fees.ApprovedWork;
import fi.valita.fees.FeeLine;
import fi.valita.fees.FeeLineKind;
import fi.valita.fees.FeeLines;
import fi.valita.fees.FeeParameter;
import fi.valita.fees.FeeParameterTable;
import fi.valita.fees.FeeParameters;
import fi.valita.requests.FeeBasis;
import fi.valita.requests.WorkRequests;
import fi.valita.shared.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The national rows belong to the platform operator named in the configuration; an organisation's admin may only
 * pay less than them, for their own pool's work. Every change is logged with who and why.
 */
@ValitaTest
class NationalParametersTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestPools pools;

    @Autowired
    FeeParameters parameters;

    @Autowired
    FeeParameterTable table;

    @Autowired
    WorkRequests requests;

    @Autowired
    Brokering brokering;

    @Autowired
    AfterWork afterWork;

    @Autowired
    FeeLines feeLines;

    LocalDate today = LocalDate.now(ApprovedWork.HELSINKI);

    @Test
    void anOrganisationsAdminCannotChangeANationalRowByPageOrFacade() {
        var admin = pools.ngoPool("National refused NGO").admin();
        FeeParameter national = parameters.valueOn(FeeParameter.KM_ALLOWANCE_PER_KM, today);

        assertThat(mvc.post().uri("/admin/fee-parameters?lang=en").with(user(admin)).with(csrf())
                .param("key", FeeParameter.KM_ALLOWANCE_PER_KM).param("value", "9,99")
                .param("validFrom", today.toString()).param("validTo", "").param("description", "Backdated")
                .param("reason", "Because I can")).hasStatus(403);
        assertThat(mvc.post().uri("/admin/fee-parameters/{id}/end?lang=en", national.id()).with(user(admin))
                .with(csrf()).param("validTo", today.toString()).param("reason", "Because I can")).hasStatus(403);
        assertThat(mvc.get().uri("/admin/fee-parameters/{id}/end", national.id()).with(user(admin))).hasStatus(403);
        assertThatThrownBy(() -> table.add(FeeParameter.KM_ALLOWANCE_PER_KM, 999L, null, today, null, "x", "y", admin))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> table.end(national.id(), today, "y", admin)).isInstanceOf(AccessDeniedException.class);

        assertThat(parameters.valueOn(FeeParameter.KM_ALLOWANCE_PER_KM, today)).isEqualTo(national);
        assertThat(mvc.get().uri("/admin/fee-parameters?lang=en").with(user(admin))).hasStatusOk().body().asString()
                .contains("id=\"national-by-operator\"").doesNotContain("action=\"/admin/fee-parameters\"");
    }

    @Test
    void theOperatorChangesANationalRowWithAReasonAndTheChangeIsLogged() {
        var operator = pools.operator();
        String key = "TEST_OPERATOR_" + UUID.randomUUID();
        parameters.add(key, 55L, null, "EUR_CENTS_PER_KM", LocalDate.of(2020, 1, 1), null, "test row");

        assertThat(mvc.post().uri("/admin/fee-parameters?lang=en").with(user(operator)).with(csrf())
                .param("key", key).param("value", "0,57").param("validFrom", "2040-01-01").param("validTo", "")
                .param("description", "Decision 2040").param("reason", " ")).hasStatusOk().body().asString()
                .contains("id=\"reason-error\"", "Write why the value changes.");
        assertThat(parameters.history(key)).hasSize(1);

        FeeParameter open = parameters.history(key).getFirst();
        assertThat(mvc.post().uri("/admin/fee-parameters/{id}/end?lang=en", open.id()).with(user(operator))
                .with(csrf()).param("validTo", "2039-12-31").param("reason", "The 2040 decision replaces it"))
                .hasRedirectedUrl("/admin/fee-parameters");
        assertThat(mvc.post().uri("/admin/fee-parameters?lang=en").with(user(operator)).with(csrf())
                .param("key", key).param("value", "0,57").param("validFrom", "2040-01-01").param("validTo", "")
                .param("description", "Decision 2040").param("reason", "Tax Administration decision 2040"))
                .hasRedirectedUrl("/admin/fee-parameters");

        assertThat(parameters.valueOn(key, LocalDate.of(2040, 6, 1)).valueCents()).isEqualTo(57L);
        var someAdmin = pools.ngoPool("National log reader NGO").admin();
        assertThat(mvc.get().uri("/admin/fee-parameters?lang=en").with(user(someAdmin))).hasStatusOk().bodyText()
                .contains("Platform Operator", "Tax Administration decision 2040", "The 2040 decision replaces it",
                        "€0.57 1 Jan 2040 –", "31 Dec 2039");
    }

    @Test
    void anOwnValueAboveTheNationalOneIsRefusedNextToTheField() {
        var pool = pools.ngoPool("Own value high NGO");
        Money national = parameters.valueOn(FeeParameter.KM_ALLOWANCE_PER_KM, today).money();

        var answer = mvc.post().uri("/admin/fee-parameters/own?lang=en").with(user(pool.admin())).with(csrf())
                .param("key", FeeParameter.KM_ALLOWANCE_PER_KM).param("value", "9,99")
                .param("validFrom", today.toString()).param("validTo", today.toString())
                .param("reason", "More for our experts")
                .exchange();

        assertThat(answer).hasStatusOk().body().asString().contains("id=\"value-error\"",
                "may not be more than the national value");
        assertThat(parameters.historyOf(FeeParameter.KM_ALLOWANCE_PER_KM, pool.organisation().id())).isEmpty();
        assertThat(parameters.effectiveOn(FeeParameter.KM_ALLOWANCE_PER_KM, today, pool.organisation().id())
                .map(FeeParameter::money)).contains(national);
    }

    @Test
    void anOwnLowerKmRatePaysOnlyThatOrganisationsWork() {
        var a = pools.ngoPool("Own km A NGO");
        var b = pools.ngoPool("Own km B NGO");
        Money national = parameters.valueOn(FeeParameter.KM_ALLOWANCE_PER_KM, today).money();
        long lower = national.cents() - 10;

        assertThat(mvc.post().uri("/admin/fee-parameters/own?lang=en").with(user(a.admin())).with(csrf())
                .param("key", FeeParameter.KM_ALLOWANCE_PER_KM).param("value", Money.ofCents(lower).euros().toPlainString())
                .param("validFrom", today.toString()).param("validTo", today.plusDays(7).toString())
                .param("reason", "Board decision of our association")).hasRedirectedUrl("/admin/fee-parameters");

        var work = new ApprovedWork(requests, brokering, afterWork);
        UUID workOfA = work.approve(a, TaskType.PEER_SUPPORT_ONE_TO_ONE, FeeBasis.VOLUNTEER, null, "2", 10, null);
        UUID workOfB = work.approve(b, TaskType.PEER_SUPPORT_ONE_TO_ONE, FeeBasis.VOLUNTEER, null, "2", 10, null);

        assertThat(kmLine(workOfA, a)).isEqualTo(Money.ofCents(lower));
        assertThat(kmLine(workOfB, b)).isEqualTo(national);
        assertThat(mvc.get().uri("/admin/fee-parameters?lang=en").with(user(a.admin()))).hasStatusOk().bodyText()
                .contains("Board decision of our association");
        assertThat(mvc.get().uri("/admin/fee-parameters?lang=en").with(user(b.admin()))).hasStatusOk().bodyText()
                .doesNotContain("Board decision of our association");
    }

    @Test
    void anotherOrganisationsOwnRowIsNotFound() {
        var a = pools.ngoPool("Own row A NGO");
        var b = pools.ngoPool("Own row B NGO");
        FeeParameter own = table.addOwn(FeeParameter.KM_ALLOWANCE_PER_KM, 1L, today, today, "Test", a.admin());

        assertThat(mvc.get().uri("/admin/fee-parameters/{id}/end", own.id()).with(user(b.admin()))).hasStatus(404);
        assertThat(mvc.post().uri("/admin/fee-parameters/{id}/end", own.id()).with(user(b.admin())).with(csrf())
                .param("validTo", today.toString()).param("reason", "Not mine")).hasStatus(404);
        assertThat(mvc.get().uri("/admin/fee-parameters/{id}/end", own.id()).with(user(a.admin()))).hasStatusOk();
    }

    private Money kmLine(UUID assignment, TestPools.Pool pool) {
        List<FeeLine> lines = feeLines.ofAssignment(assignment, pool.coordinator());
        return lines.stream().filter(l -> l.kind() == FeeLineKind.KM_ALLOWANCE).findFirst().orElseThrow().unitAmount();
    }
}
