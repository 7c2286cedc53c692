package fi.valita.earnings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import fi.valita.ErrorSummary;
import fi.valita.TestPools;
import fi.valita.ValitaTest;
import fi.valita.assignments.AfterWork;
import fi.valita.assignments.Brokering;
import fi.valita.experts.ExpertPool;
import fi.valita.experts.FeeWorkPause;
import fi.valita.fees.FeeLineKind;
import fi.valita.fees.FeeLineStatus;
import fi.valita.fees.FeeLines;
import fi.valita.identity.CurrentUser;
import fi.valita.requests.WorkRequests;
import fi.valita.shared.Money;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;

/**
 * The expert's earnings and benefit watch pages, and the platform operator's table of limits, with errors beside their
 * fields.
 */
@ValitaTest
class EarningsPagesTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestPools pools;

    @Autowired
    BenefitWatches watches;

    @Autowired
    BenefitLimits limits;

    @Autowired
    Earnings earnings;

    @Autowired
    ExpertPool expertPool;

    @Autowired
    WorkRequests requests;

    @Autowired
    Brokering brokering;

    @Autowired
    AfterWork afterWork;

    @Autowired
    FeeLines feeLines;

    @Autowired
    JdbcClient jdbc;

    TestEarnings given;

    @BeforeEach
    void setUp() {
        given = new TestEarnings(requests, brokering, afterWork, feeLines, jdbc);
    }

    @Test
    void expertSeesThisMonthsFeesAndExpensesInPlainWords() {
        var ngo = pools.ngoPool("Earnings page NGO");
        given.feeAndTickets(ngo, 6_000, 580);
        var approved = given.approvedFeeAndTickets(ngo, 4_000, 0);
        int year = earnings.today().getYear();
        given.move(approved.getFirst(), FeeLineStatus.PAID, LocalDate.of(year - 1, 12, 10));

        assertThat(get(ngo.expert(), "/me/earnings")).hasStatusOk().bodyText()
                .contains("My earnings " + year, "This month", "Fees", "Waiting for the coordinator", "€60.00",
                        "Tax-free payments", "Tickets", "€5.80", year + " in total", "Year " + (year - 1))
                .doesNotContain("€40.00");
        assertThat(get(ngo.expert(), "/me/earnings?year=" + (year - 1))).hasStatusOk().bodyText()
                .contains("December " + (year - 1), "Paid", "€40.00").doesNotContain("This month", "€60.00");
        for (String unreadable : new String[] {"abc", "1999", String.valueOf(year + 1), "20266"}) {
            assertThat(get(ngo.expert(), "/me/earnings?year=" + unreadable)).as(unreadable).hasStatusOk().bodyText()
                    .contains("My earnings " + year);
        }
    }

    @Test
    void everyPageIsCompleteInFinnishAndSwedish() {
        var ngo = pools.ngoPool("Earnings languages NGO");
        given.feeAndTickets(ngo, 6_000, 580);
        watches.choose("KELA_DISABILITY_PENSION", null, true, ngo.expert());
        for (String lang : new String[] {"fi", "sv", "en"}) {
            for (var page : new String[][] {{"/me/earnings", "expert"}, {"/me/earnings/watch", "expert"},
                    {"/experts/" + ngo.expert().id() + "/benefit-watch", "coordinator"}, {"/admin/benefit-limits", "admin"}}) {
                CurrentUser who = switch (page[1]) {
                    case "expert" -> ngo.expert();
                    case "coordinator" -> ngo.coordinator();
                    default -> ngo.admin();
                };
                assertThat(mvc.get().uri(page[0] + "?lang=" + lang).with(user(who))).as(page[0] + " " + lang)
                        .hasStatusOk().bodyText().doesNotContain("??");
            }
        }
        assertThat(mvc.get().uri("/me/earnings?lang=fi").with(user(ngo.expert()))).bodyText()
                .contains("Odottaa koordinaattoria", "Tämä kuukausi", "Verottomat korvaukset");
        assertThat(mvc.get().uri("/me/earnings?lang=sv").with(user(ngo.expert()))).bodyText()
                .contains("Väntar på koordinatorn", "Den här månaden");
    }

    @Test
    void expertChoosesALimitAndSeesHowMuchIsLeft() {
        var ngo = pools.ngoPool("Watch page NGO");
        given.feeAndTickets(ngo, 38_000, 0);

        assertThat(post(ngo.expert(), "/me/earnings/watch").param("limitCode", "EARNINGS_RELATED_PENSION")
                .param("personalAmount", "500,00"))
                .hasStatus3xxRedirection().hasRedirectedUrl("/me/earnings/watch");

        assertThat(get(ngo.expert(), "/me/earnings/watch")).hasStatusOk().bodyText()
                .contains("You have €120.00 left this month before the limit.", "Fees this month: €380.00 of €500.00 (76 %)",
                        "This is an example figure. Check it with Kela or your pension provider.");
        assertThat(get(ngo.expert(), "/me/earnings")).bodyText().contains("You have €120.00 left this month before the limit.");
        assertThat(watches.mine(ngo.expert()).sharedWithCoordinator()).as("sharing is off unless ticked").isFalse();
    }

    @Test
    void mistakesAreShownBesideTheirFields() {
        var ngo = pools.ngoPool("Watch errors NGO");
        var me = ngo.expert();

        assertThat(post(me, "/me/earnings/watch").param("limitCode", "OWN_YEARLY_LIMIT").param("personalAmount", ""))
                .hasStatusOk().bodyText().contains("id=\"error-summary\"", "href=\"#personalAmount\"",
                        "id=\"personalAmount-error\"", "Write your own limit in euros for this choice.");
        assertThat(post(me, "/me/earnings/watch").param("limitCode", "OWN_YEARLY_LIMIT").param("personalAmount", "lots"))
                .hasStatusOk().bodyText().contains("id=\"personalAmount-error\"", "Write the amount in euros, for example 850,00.",
                        "value=\"lots\"");
        assertThat(post(me, "/me/earnings/watch").param("limitCode", "<script>").param("shared", "maybe"))
                .as("a tampered value").hasStatusOk().bodyText().contains("id=\"limitCode-error\"",
                        "Choose a limit from the list.");
        assertThat(post(me, "/me/earnings/volunteer-only").param("volunteerOnly", "FOREVER"))
                .hasStatusOk().bodyText().contains("id=\"volunteerOnly-error\"", "Choose one of the options.");
        assertThat(watches.mine(me).limitCode()).isNull();
        assertThat(watches.mine(me).pause()).isNull();
    }

    @Test
    void expertAsksForVolunteerWorkOnlyForTheRestOfTheMonth() {
        var ngo = pools.ngoPool("Volunteer page NGO");
        LocalDate lastDay = YearMonth.from(earnings.today()).atEndOfMonth();

        assertThat(post(ngo.expert(), "/me/earnings/volunteer-only").param("volunteerOnly", "REST_OF_MONTH"))
                .hasStatus3xxRedirection().hasRedirectedUrl("/me/earnings/watch");

        assertThat(expertPool.profile(ngo.expert().id(), ngo.expert()).feeWorkPause()).isEqualTo(new FeeWorkPause(lastDay));
        String shown = lastDay.format(DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH));
        assertThat(get(ngo.expert(), "/me/earnings")).bodyText()
                .contains("You have asked to be offered only volunteer work until " + shown + ".");
        assertThat(get(ngo.expert(), "/me/earnings/watch")).bodyText().containsPattern(
                "id=\"volunteerOnly-REST_OF_MONTH\"[^>]*checked");
    }

    @Test
    void theCoordinatorSeesTheWatchOnlyWhenShared() {
        var ngo = pools.ngoPool("Shared page NGO");
        given.feeAndTickets(ngo, 20_000, 0);
        String page = "/experts/" + ngo.expert().id() + "/benefit-watch";
        watches.choose("EARNINGS_RELATED_PENSION", Money.parse("250"), false, ngo.expert());

        assertThat(get(ngo.coordinator(), page)).hasStatusOk().bodyText()
                .contains("has not shared their benefit watch").doesNotContain("€200.00", "€250.00", "left");
        assertThat(get(ngo.coordinator(), "/experts/" + ngo.expert().id() + "/profile")).bodyText()
                .contains("href=\"" + page + "\"");
        assertThat(get(ngo.expert(), "/me/profile")).bodyText().doesNotContain("/benefit-watch");

        watches.choose("EARNINGS_RELATED_PENSION", Money.parse("250"), true, ngo.expert());
        assertThat(get(ngo.coordinator(), page)).hasStatusOk().bodyText()
                .contains("You have €50.00 left this month before the limit.", "€200.00 of €250.00");
    }

    @Test
    void theOperatorAddsARowAndAnOverlapIsToldBesideTheFirstDay() {
        var operator = pools.operator();
        String code = "TEST_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();

        assertThat(post(operator, "/admin/benefit-limits").param("code", code).param("kind", "MONTHLY_EARNINGS")
                .param("amount", "1 001,55").param("validFrom", "2027-01-01").param("validTo", "2027-12-31")
                .param("example", "true").param("reason", "Kela's figure for 2027"))
                .hasStatus3xxRedirection().hasRedirectedUrl("/admin/benefit-limits");
        assertThat(limits.rowsOf(code)).singleElement().satisfies(l -> {
            assertThat(l.amount()).isEqualTo(Money.parse("1001,55"));
            assertThat(l.example()).isTrue();
        });

        assertThat(post(operator, "/admin/benefit-limits").param("code", code).param("kind", "MONTHLY_EARNINGS")
                .param("amount", "1 100").param("validFrom", "2027-06-01").param("validTo", "")
                .param("reason", "Kela's new figure"))
                .hasStatusOk().bodyText().contains("id=\"validFrom-error\"", "href=\"#validFrom\"",
                        "This period overlaps another row of the same limit.", "value=\"1 100\"");
        assertThat(post(operator, "/admin/benefit-limits").param("code", "").param("kind", "SOMETIMES")
                .param("amount", "x").param("validFrom", "next year"))
                .hasStatusOk().bodyText().contains("id=\"code-error\"", "id=\"kind-error\"", "id=\"amount-error\"",
                        "id=\"validFrom-error\"", "id=\"reason-error\"", "Write why the limit changes.");
        assertThat(limits.rowsOf(code)).hasSize(1);
    }

    @Test
    void theRulesOfARowAreToldAllAtOnce() {
        var operator = pools.operator();

        var result = post(operator, "/admin/benefit-limits").param("code", "lower case").param("kind", "ANY_FEE")
                .param("amount", "10 €").param("validFrom", "2027-02-01").param("validTo", "2027-01-01")
                .param("reason", "Kela").exchange();

        assertThat(result).hasStatusOk().bodyText().containsPattern("id=\"amount\"[^>]*inputmode=\"decimal\"");
        assertThat(ErrorSummary.of(result).fields()).containsExactly("code", "amount", "validTo");
        assertThat(limits.all()).noneMatch(l -> l.code().equals("lower case"));
    }

    @Test
    void theOperatorEndsAnOpenRowAndAWrongDayOrNoReasonIsToldBesideTheField() {
        var operator = pools.operator();
        String code = "TEST_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
        var row = limits.add(new NewBenefitLimit(code, BenefitLimitKind.ANY_FEE, null, LocalDate.parse("2027-01-01"), null,
                false), "A limit of the test", operator);
        String end = "/admin/benefit-limits/" + row.id() + "/end";

        assertThat(get(operator, end)).hasStatusOk();
        assertThat(post(operator, end).param("validTo", "2026-12-31").param("reason", "Kela")).hasStatusOk()
                .bodyText().contains("id=\"validTo-error\"", "The last day cannot be before the first day.");
        assertThat(post(operator, end).param("validTo", "2027-12-31").param("reason", "")).hasStatusOk().bodyText()
                .contains("id=\"reason-error\"", "Write why the limit changes.");
        assertThat(limits.rowsOf(code).getFirst().validTo()).isNull();
        assertThat(post(operator, end).param("validTo", "2027-12-31").param("reason", "Kela")).hasStatus3xxRedirection();
        assertThat(limits.rowsOf(code).getFirst().validTo()).isEqualTo(LocalDate.parse("2027-12-31"));
        assertThat(get(operator, "/admin/benefit-limits/" + UUID.randomUUID() + "/end")).hasStatus(404);
    }

    private MockMvcRequestBuilder get(CurrentUser who, String path) {
        return mvc.get().uri(path).with(user(who)).header("Accept-Language", "en");
    }

    private MockMvcRequestBuilder post(CurrentUser who, String path) {
        return mvc.post().uri(path).with(user(who)).with(csrf()).header("Accept-Language", "en");
    }
}
