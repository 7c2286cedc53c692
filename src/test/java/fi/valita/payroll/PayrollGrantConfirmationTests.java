package fi.valita.payroll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import fi.valita.TestPools;
import fi.valita.ValitaTest;
import fi.valita.identity.CurrentUser;
import fi.valita.identity.Role;
import fi.valita.notifications.Notifications;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * No admin gives themselves the payroll permission alone: a grant waits for a second admin's confirmation, or, in
 * an organisation with one admin, takes effect and the platform operator is told. Every change is logged and shown.
 */
@ValitaTest
class PayrollGrantConfirmationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestPools pools;

    @Autowired
    PayrollPermissions permissions;

    @Autowired
    Payroll payroll;

    @Autowired
    Notifications notifications;

    @Test
    void aSelfGrantWaitsForASecondAdminAndGivesNoPayrollAccessUntilConfirmed() {
        var pool = pools.ngoPool("Payroll self grant NGO");
        CurrentUser second = pools.person(pool.organisation().id(), Role.ADMIN, "Second Admin");
        var today = LocalDate.now(ZoneId.of("Europe/Helsinki"));
        var period = new PayrollPeriod(today, today, today);

        assertThat(mvc.post().uri("/admin/payroll-permissions/{id}/grant", pool.admin().id()).with(user(pool.admin()))
                .with(csrf())).hasRedirectedUrl("/admin/payroll-permissions");

        assertThat(permissions.has(pool.admin())).isFalse();
        assertThatThrownBy(() -> payroll.preview(pool.admin(), period)).isInstanceOf(AccessDeniedException.class);
        assertThat(mvc.get().uri("/coordinator/payroll").with(user(pool.admin()))).hasStatus(403);
        assertThat(mvc.post().uri("/admin/payroll-permissions/{id}/confirm", pool.admin().id())
                .with(user(pool.admin())).with(csrf())).as("not by the admin who gave it").hasStatus(403);
        assertThat(permissions.has(pool.admin())).isFalse();
        assertThat(mvc.get().uri("/admin/payroll-permissions?lang=en").with(user(second))).hasStatusOk().bodyText()
                .contains("Waits for confirmation", "Given, waits for confirmation", "Confirm");

        assertThat(mvc.post().uri("/admin/payroll-permissions/{id}/confirm", pool.admin().id()).with(user(second))
                .with(csrf())).hasRedirectedUrl("/admin/payroll-permissions");

        assertThat(permissions.has(pool.admin())).isTrue();
        assertThat(permissions.events(second)).extracting(PermissionEvent::action, PermissionEvent::byName)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(PermissionEvent.Action.CONFIRMED, "Second Admin"),
                        org.assertj.core.groups.Tuple.tuple(PermissionEvent.Action.REQUESTED, "Admin"));
    }

    @Test
    void theOnlyAdminsGrantTakesEffectAndThePlatformOperatorIsTold() {
        var operator = pools.operator();
        var pool = pools.ngoPool("Payroll lone admin NGO");

        assertThat(permissions.grant(pool.coordinator().id(), pool.admin())).isTrue();

        assertThat(permissions.has(pool.coordinator())).isTrue();
        assertThat(notifications.newestOf(operator.id())).anySatisfy(n -> {
            assertThat(n.kind()).isEqualTo("PAYROLL_GRANTED_ALONE");
            assertThat(n.arguments()).contains(pool.organisation().name());
        });
        permissions.revoke(pool.coordinator().id(), pool.admin());
        assertThat(mvc.get().uri("/admin/payroll-permissions?lang=en").with(user(pool.admin()))).hasStatusOk()
                .bodyText().contains("Given by the only admin", "Taken away");
    }

    @Test
    void anotherOrganisationsAdminNeitherConfirmsNorSeesTheLog() {
        var pool = pools.ngoPool("Payroll confirm boundary NGO");
        pools.person(pool.organisation().id(), Role.ADMIN, "Second Admin");
        var stranger = pools.ngoPool("Payroll confirm stranger NGO");
        permissions.grant(pool.coordinator().id(), pool.admin());

        assertThat(mvc.post().uri("/admin/payroll-permissions/{id}/confirm", pool.coordinator().id())
                .with(user(stranger.admin())).with(csrf())).hasStatus(404);
        assertThat(permissions.has(pool.coordinator())).isFalse();
        assertThat(mvc.get().uri("/admin/payroll-permissions?lang=en").with(user(stranger.admin()))).hasStatusOk()
                .bodyText().doesNotContain("Given, waits for confirmation");
    }
}
