package fi.valita.fees.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import fi.valita.ErrorSummary;
import fi.valita.TestPools;
import fi.valita.ValitaTest;
import fi.valita.fees.FeeParameter;
import fi.valita.fees.FeeParameterTable;
import fi.valita.fees.FeeParameters;
import fi.valita.identity.CurrentUser;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The platform operator's table of tax-free rates and caps: rows by key, a value for a new period in the key's
 * unit, overlaps and mistakes told next to their field, a row's last day. Tests use keys of their own,
 * since the table is shared by everyone.
 */
@ValitaTest
class FeeParametersPageTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestPools pools;

    @Autowired
    FeeParameters parameters;

    @Autowired
    FeeParameterTable table;

    @Test
    void everyKeyIsShownWithItsPeriodsAndTheReminderToCheckTheTaxAdministrationsDecision() {
        var admin = pools.ngoPool("Parameters list NGO").admin();

        assertThat(mvc.get().uri("/admin/fee-parameters?lang=en").with(user(admin))).hasStatusOk().bodyText()
                .contains("Tax-free rates and caps", "Tax Administration", FeeParameter.KM_ALLOWANCE_PER_KM,
                        "€0.55 per km", "1 Jan 2026–31 Dec 2026", FeeParameter.VOLUNTEER_DAILY_ALLOWANCE_DAYS_PER_YEAR,
                        "20 days per year");
    }

    @Test
    void theOperatorAdminsAndCoordinatorsAreWarnedWhenAValueRunsOutWithinTwoMonths() {
        var pool = pools.ngoPool("Parameters ending NGO");
        String key = "TEST_SOON_" + java.util.UUID.randomUUID();
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Helsinki"));
        parameters.add(key, 10L, null, "EUR_CENTS", today.minusDays(10), today.plusDays(20), "Test value");

        assertThat(mvc.get().uri("/admin/fee-parameters?lang=en").with(user(pools.operator()))).hasStatusOk()
                .bodyText().contains("Tax-free rates run out soon", key + ": the last value ends on", "before then");
        assertThat(mvc.get().uri("/admin/fee-parameters?lang=en").with(user(pool.admin()))).hasStatusOk().bodyText()
                .contains("Tax-free rates run out soon", key + ": the last value ends on",
                        "The platform operator adds the figures");
        assertThat(mvc.get().uri("/coordinator/fees?lang=en").with(user(pool.coordinator()))).hasStatusOk()
                .bodyText().contains("Tax-free rates run out soon", key + ": the last value ends on",
                        "The platform operator adds the figures");
    }

    @Test
    void adminAddsAnAmountInEurosForANewPeriod() {
        var admin = pools.operator();
        String key = moneyKey();
        parameters.history(key).forEach(row -> table.end(row.id(), LocalDate.of(2026, 12, 31), "Ends", admin));

        assertThat(add(admin, Map.of("key", key, "value", "0,57", "validFrom", "2027-01-01", "validTo", "2027-12-31",
                "description", "Tax Administration decision for 2027"))).hasRedirectedUrl("/admin/fee-parameters");

        assertThat(parameters.valueOn(key, LocalDate.of(2027, 6, 1))).satisfies(row -> {
            assertThat(row.valueCents()).isEqualTo(57L);
            assertThat(row.unit()).isEqualTo("EUR_CENTS_PER_KM");
            assertThat(row.description()).isEqualTo("Tax Administration decision for 2027");
        });
    }

    @Test
    void aCountOfDaysIsADecimal() {
        var admin = pools.operator();
        String key = "TEST_DAYS_" + UUID.randomUUID();
        parameters.add(key, null, new BigDecimal("20"), "DAYS_PER_YEAR", LocalDate.of(2020, 1, 1),
                LocalDate.of(2026, 12, 31), "until 2026");

        assertThat(add(admin, Map.of("key", key, "value", "22,5 päivää", "validFrom", "2027-01-01", "validTo", "",
                "description", "From 2027"))).hasRedirectedUrl("/admin/fee-parameters");
        assertThat(add(admin, Map.of("key", key, "value", "0,57 €", "validFrom", "2040-01-01", "validTo", "",
                "description", "Not a count"))).hasStatusOk().body().asString()
                .contains("id=\"value-error\"", "Write a number that is zero or more");

        assertThat(parameters.valueOn(key, LocalDate.of(2030, 1, 1)).valueDecimal()).isEqualByComparingTo("22.5");
    }

    @Test
    void anOverlappingPeriodIsToldNextToValidFromAndNothingIsSaved() {
        var admin = pools.operator();
        String key = moneyKey();

        var answer = add(admin, Map.of("key", key, "value", "0,60", "validFrom", "2026-07-01", "validTo", "",
                "description", "Mid-year change"));

        assertThat(answer).hasStatusOk().body().asString()
                .contains("id=\"validFrom-error\"", "Another value of this parameter applies on some of these days.",
                        "value=\"0,60\"", "Mid-year change");
        assertThat(parameters.history(key)).hasSize(1);
    }

    @Test
    void anOverlapIsToldTogetherWithAMissingDescription() {
        var admin = pools.operator();
        String key = moneyKey();

        var answer = add(admin, Map.of("key", key, "value", "0,60 €", "validFrom", "2026-07-01", "validTo", "",
                "description", " "));

        assertThat(ErrorSummary.of(answer).fields()).containsExactly("validFrom", "description");
        assertThat(parameters.history(key)).hasSize(1);
    }

    @Test
    void mistakesAndATamperedKeyAreToldNextToTheirFields() {
        var admin = pools.operator();

        var answer = add(admin, Map.of("key", "NO_SUCH_KEY_" + UUID.randomUUID(), "value", "lots",
                "validFrom", "", "validTo", "soon", "description", " "));

        assertThat(answer).hasStatusOk().body().asString()
                .contains("id=\"key-error\"", "id=\"validFrom-error\"", "id=\"validTo-error\"",
                        "id=\"description-error\"", "Choose a parameter from the list.", "Write the day.",
                        "Write a description.", "value=\"soon\"");
    }

    @Test
    void aRowIsClosedBySettingItsLastDay() {
        var admin = pools.operator();
        String key = moneyKey();
        FeeParameter open = parameters.history(key).getFirst();

        assertThat(mvc.get().uri("/admin/fee-parameters/{id}/end?lang=en", open.id()).with(user(admin)))
                .hasStatusOk().bodyText().contains(key, "€0.55 per km");
        assertThat(end(admin, open, "2019-12-31")).hasStatusOk().body().asString()
                .contains("id=\"validTo-error\"", "The last day cannot be before the first day.");
        assertThat(end(admin, open, "2026-12-31")).hasRedirectedUrl("/admin/fee-parameters");

        assertThat(parameters.history(key).getFirst().validTo()).isEqualTo(LocalDate.of(2026, 12, 31));
    }

    @Test
    void onlyAdministratorsChangeTheTable() {
        var pool = pools.ngoPool("Parameters guarded NGO");
        String key = moneyKey();
        FeeParameter open = parameters.history(key).getFirst();

        for (CurrentUser other : new CurrentUser[] {pool.coordinator(), pool.expert(), pool.requester()}) {
            assertThat(mvc.get().uri("/admin/fee-parameters").with(user(other))).hasStatus(403);
            assertThat(add(other, Map.of("key", key, "value", "1", "validFrom", "2030-01-01", "validTo", "",
                    "description", "x"))).hasStatus(403);
            assertThat(end(other, open, "2026-12-31")).hasStatus(403);
        }
        assertThat(parameters.history(key)).singleElement().satisfies(row -> assertThat(row.validTo()).isNull());
    }

    /** A key of its own with one open row from 2020: 0,55 € per km. */
    private String moneyKey() {
        String key = "TEST_KM_" + UUID.randomUUID();
        parameters.add(key, 55L, null, "EUR_CENTS_PER_KM", LocalDate.of(2020, 1, 1), null, "test row");
        return key;
    }

    private MvcTestResult add(CurrentUser user, Map<String, String> fields) {
        var request = mvc.post().uri("/admin/fee-parameters?lang=en").with(user(user)).with(csrf());
        fields.forEach(request::param);
        if (!fields.containsKey("reason")) {
            request.param("reason", "The year's decision");
        }
        return request.exchange();
    }

    private MvcTestResult end(CurrentUser user, FeeParameter row, String validTo) {
        return mvc.post().uri("/admin/fee-parameters/{id}/end?lang=en", row.id()).with(user(user)).with(csrf())
                .param("validTo", validTo).param("reason", "A new decision replaces it").exchange();
    }
}
