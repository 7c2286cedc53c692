package fi.valita.fees.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import fi.valita.ErrorSummary;
import fi.valita.TestPools;
import fi.valita.ValitaTest;
import fi.valita.experts.TaskType;
import fi.valita.fees.Rate;
import fi.valita.fees.RateKind;
import fi.valita.fees.Rates;
import fi.valita.identity.CurrentUser;
import fi.valita.shared.Money;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The rate card page: rates in force, coming and ended; adding one with its mistakes told; ending one. */
@ValitaTest
class RatesPageTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestPools pools;

    @Autowired
    Rates rates;

    LocalDate today = LocalDate.now(ZoneId.of("Europe/Helsinki"));

    @Test
    void theCardShowsCurrentComingAndEndedRates() throws Exception {
        var pool = pools.ngoPool("Rate card NGO");
        rates.add(RateKind.PER_HOUR, null, Money.parse("18"), 0, 0, today.minusYears(2), today.minusYears(1),
                pool.coordinator());
        rates.add(RateKind.PER_HOUR, null, Money.parse("20"), 30, 120, today.minusYears(1).plusDays(1),
                today.plusMonths(1), pool.coordinator());
        rates.add(RateKind.PER_TASK, TaskType.TEACHING, Money.parse("150"), 0, 0, today.plusMonths(2), null,
                pool.coordinator());

        String page = mvc.get().uri("/coordinator/rates?lang=en").with(user(pool.coordinator())).exchange()
                .getResponse().getContentAsString();

        assertThat(page.indexOf("€20.00")).isBetween(page.indexOf("In force today"), page.indexOf("Coming"));
        assertThat(page.indexOf("€150.00")).isBetween(page.indexOf("Coming"), page.indexOf("Ended"));
        assertThat(page.indexOf("€18.00")).isGreaterThan(page.indexOf("Ended"));
        assertThat(page).contains("30 min", "120 min", "Per task");
    }

    @Test
    void coordinatorAddsARateForATaskType() throws Exception {
        var pool = pools.ngoPool("Rate add NGO");

        assertThat(add(pool.coordinator(), Map.of("kind", "PER_MEETING", "taskType", "SERVICE_DEVELOPMENT",
                "amount", "55,50", "preparationMinutes", "15", "minimumMinutes", "", "validFrom", today.toString(),
                "validTo", ""))).hasRedirectedUrl("/coordinator/rates");

        assertThat(rates.rateFor(pool.organisation().id(), TaskType.SERVICE_DEVELOPMENT, today)).get()
                .extracting(Rate::kind, Rate::amount, Rate::preparationMinutes, Rate::minimumMinutes)
                .containsExactly(RateKind.PER_MEETING, Money.parse("55,50"), 15, 0);
    }

    @Test
    void daysWrittenTheFinnishWayAreRead() throws Exception {
        var pool = pools.ngoPool("Rate Finnish days NGO");

        assertThat(add(pool.coordinator(), Map.of("kind", "PER_HOUR", "taskType", "", "amount", "21",
                "preparationMinutes", "0", "minimumMinutes", "0", "validFrom", "1.1.2026", "validTo", "31.12.2027")))
                .hasRedirectedUrl("/coordinator/rates");

        assertThat(rates.ofMyOrganisation(pool.coordinator())).singleElement()
                .extracting(Rate::validFrom, Rate::validTo)
                .containsExactly(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31));
    }

    @Test
    void amountsAndMinutesAreReadWithTheirUnitsAndTheFieldsHaveANumberKeyboard() throws Exception {
        var pool = pools.ngoPool("Rate units NGO");
        assertThat(mvc.get().uri("/coordinator/rates").with(user(pool.coordinator()))).bodyText()
                .containsPattern("id=\"amount\"[^>]*inputmode=\"decimal\"")
                .containsPattern("id=\"preparationMinutes\"[^>]*inputmode=\"numeric\"");

        assertThat(add(pool.coordinator(), Map.of("kind", "PER_MEETING", "taskType", "SERVICE_DEVELOPMENT",
                "amount", "55,50 €", "preparationMinutes", "15 min", "minimumMinutes", "60 min",
                "validFrom", today.toString(), "validTo", ""))).hasRedirectedUrl("/coordinator/rates");

        assertThat(rates.rateFor(pool.organisation().id(), TaskType.SERVICE_DEVELOPMENT, today)).get()
                .extracting(Rate::amount, Rate::preparationMinutes, Rate::minimumMinutes)
                .containsExactly(Money.parse("55,50"), 15, 60);
    }

    @Test
    void eachMistakeIsToldNextToItsFieldAndNothingIsSaved() throws Exception {
        var pool = pools.ngoPool("Rate mistakes NGO");

        var answer = add(pool.coordinator(), Map.of("kind", "PER_YEAR", "taskType", "JUGGLING", "amount", "lots",
                "preparationMinutes", "half an hour", "minimumMinutes", "9999", "validFrom", "1.13.2026",
                "validTo", "2020-01-01"));

        assertThat(answer).hasStatusOk().body().asString()
                .contains("id=\"kind-error\"", "id=\"taskType-error\"", "id=\"amount-error\"",
                        "id=\"preparationMinutes-error\"", "id=\"minimumMinutes-error\"", "id=\"validFrom-error\"",
                        "Choose how the rate is paid.", "Write the amount in euros, for example 20,00.",
                        "Write whole minutes, from 0 to 1440.", "Write the day as DD.MM.YYYY, for example 3.12.2026.",
                        "value=\"half an hour\"", "value=\"lots\"", "value=\"1.13.2026\"");
        assertThat(rates.ofMyOrganisation(pool.coordinator())).isEmpty();
    }

    @Test
    void anEndBeforeTheStartIsToldNextToValidTo() throws Exception {
        var pool = pools.ngoPool("Rate order NGO");

        assertThat(add(pool.coordinator(), Map.of("kind", "PER_HOUR", "taskType", "", "amount", "20",
                "preparationMinutes", "0", "minimumMinutes", "0", "validFrom", "2026-06-01", "validTo", "2026-05-31")))
                .hasStatusOk().body().asString().contains("id=\"validTo-error\"",
                        "The last day cannot be before the first day.").doesNotContain("id=\"validFrom-error\"");
        assertThat(rates.ofMyOrganisation(pool.coordinator())).isEmpty();
    }

    @Test
    void aRateOverlappingAnotherOfTheSameTaskTypeIsToldNextToValidFrom() throws Exception {
        var pool = pools.ngoPool("Rate overlap NGO");
        rates.add(RateKind.PER_HOUR, null, Money.parse("20"), 0, 0, today.minusYears(1), null, pool.coordinator());

        var answer = add(pool.coordinator(), Map.of("kind", "PER_HOUR", "taskType", "", "amount", "22",
                "preparationMinutes", "0", "minimumMinutes", "0", "validFrom", today.plusMonths(1).toString(),
                "validTo", ""));

        assertThat(answer).hasStatusOk().body().asString().contains("id=\"validFrom-error\"",
                "Another rate of this task type is in force on some of these days.", "value=\"22\"");
        assertThat(rates.ofMyOrganisation(pool.coordinator())).singleElement()
                .extracting(Rate::amount).isEqualTo(Money.parse("20"));
    }

    @Test
    void anOverlapIsToldTogetherWithAnAmountThatCannotBeRead() throws Exception {
        var pool = pools.ngoPool("Rate overlap round NGO");
        rates.add(RateKind.PER_HOUR, null, Money.parse("20"), 0, 0, today.minusYears(1), null, pool.coordinator());

        var answer = add(pool.coordinator(), Map.of("kind", "PER_HOUR", "taskType", "", "amount", "paljon",
                "preparationMinutes", "0", "minimumMinutes", "0", "validFrom", today.plusMonths(1).toString(),
                "validTo", ""));

        assertThat(ErrorSummary.of(answer).fields()).containsExactly("amount", "validFrom");
        assertThat(rates.ofMyOrganisation(pool.coordinator())).hasSize(1);
    }

    @Test
    void aRateOfAnotherTaskTypeOrAfterTheLastDayDoesNotOverlap() throws Exception {
        var pool = pools.ngoPool("Rate no overlap NGO");
        rates.add(RateKind.PER_HOUR, null, Money.parse("20"), 0, 0, today.minusYears(1), today, pool.coordinator());

        assertThat(add(pool.coordinator(), Map.of("kind", "PER_HOUR", "taskType", "TEACHING", "amount", "25",
                "preparationMinutes", "0", "minimumMinutes", "0", "validFrom", today.toString(), "validTo", "")))
                .hasStatus3xxRedirection();
        assertThat(add(pool.coordinator(), Map.of("kind", "PER_HOUR", "taskType", "", "amount", "22",
                "preparationMinutes", "0", "minimumMinutes", "0", "validFrom", today.plusDays(1).toString(),
                "validTo", ""))).hasStatus3xxRedirection();
        assertThat(rates.ofMyOrganisation(pool.coordinator())).hasSize(3);
    }

    @Test
    void endingARateMakesRoomForTheNextOne() throws Exception {
        var pool = pools.ngoPool("Rate end NGO");
        Rate old = rates.add(RateKind.PER_HOUR, null, Money.parse("20"), 0, 0, today.minusYears(1), null,
                pool.coordinator());
        String lastDay = today.plusMonths(1).withDayOfMonth(1).minusDays(1).toString();

        assertThat(mvc.get().uri("/coordinator/rates/{id}/end?lang=en", old.id()).with(user(pool.coordinator())))
                .hasStatusOk().bodyText().contains("The last day of a rate", "€20.00");
        assertThat(end(pool.coordinator(), old, today.minusYears(2).toString())).hasStatusOk().body().asString()
                .contains("id=\"validTo-error\"", "The last day cannot be before the first day.");
        assertThat(end(pool.coordinator(), old, "someday")).hasStatusOk().body().asString()
                .contains("id=\"validTo-error\"", "value=\"someday\"");
        assertThat(end(pool.coordinator(), old, lastDay)).hasRedirectedUrl("/coordinator/rates");

        assertThat(add(pool.coordinator(), Map.of("kind", "PER_HOUR", "taskType", "", "amount", "22",
                "preparationMinutes", "0", "minimumMinutes", "0",
                "validFrom", LocalDate.parse(lastDay).plusDays(1).toString(), "validTo", "")))
                .hasRedirectedUrl("/coordinator/rates");
        assertThat(rates.ofMyOrganisation(pool.coordinator())).hasSize(2);
    }

    @Test
    void anotherOrganisationsRateCannotBeSeenOrEnded() throws Exception {
        var pool = pools.ngoPool("Rate owner NGO");
        var stranger = pools.ngoPool("Rate stranger NGO");
        Rate rate = rates.add(RateKind.PER_HOUR, null, Money.parse("20"), 0, 0, today, null, pool.coordinator());

        assertThat(mvc.get().uri("/coordinator/rates/{id}/end", rate.id()).with(user(stranger.coordinator())))
                .hasStatus(404);
        assertThat(end(stranger.coordinator(), rate, today.toString())).hasStatus(404);
        assertThat(mvc.get().uri("/coordinator/rates?lang=en").with(user(stranger.coordinator())))
                .bodyText().doesNotContain("€20.00");
        assertThat(rates.get(rate.id(), pool.coordinator()).validTo()).isNull();
    }

    private MvcTestResult add(CurrentUser user, Map<String, String> fields) {
        var request = mvc.post().uri("/coordinator/rates?lang=en").with(user(user)).with(csrf());
        fields.forEach(request::param);
        return request.exchange();
    }

    private MvcTestResult end(CurrentUser user, Rate rate, String validTo) {
        return mvc.post().uri("/coordinator/rates/{id}/end?lang=en", rate.id()).with(user(user)).with(csrf())
                .param("validTo", validTo).exchange();
    }
}
