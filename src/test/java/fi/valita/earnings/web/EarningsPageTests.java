package fi.valita.earnings.web;

import static org.assertj.core.api.Assertions.assertThat;

import fi.valita.earnings.BenefitWatch;
import fi.valita.earnings.EarningsYear;
import fi.valita.earnings.MonthEarnings;
import fi.valita.earnings.Sums;
import fi.valita.fees.FeeLineKind;
import fi.valita.fees.FeeLineStatus;
import fi.valita.shared.Money;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** How the earnings page lays out a year for a phone: this month first, then the months that have anything. */
class EarningsPageTests {

    static final Locale FINNISH = Locale.of("fi");

    final EarningsWords words = new EarningsWords(messages());

    @Test
    void thisMonthComesFirstAndIsMarkedThenEarlierMonthsWithAnythingNewestFirst() {
        YearMonth april = YearMonth.of(2026, 4);
        List<MonthEarnings> months = new ArrayList<>();
        months.add(month(2026, 1, Map.of(FeeLineStatus.PAID, "100"), Map.of()));
        months.add(month(2026, 2, Map.of(), Map.of()));
        months.add(month(2026, 3, Map.of(FeeLineStatus.APPROVED, "50"), Map.of(FeeLineStatus.DRAFT, "5,80")));
        months.add(month(2026, 4, Map.of(), Map.of()));
        var year = new EarningsYear(2026, months, Sums.NONE, Sums.NONE);

        EarningsPage page = EarningsPage.of(year, april, noWatch(), 2000, words, FINNISH);

        assertThat(page.months()).extracting(EarningsPage.MonthCard::title)
                .containsExactly("Huhtikuu 2026", "Maaliskuu 2026", "Tammikuu 2026");
        assertThat(page.months()).extracting(EarningsPage.MonthCard::current).containsExactly(true, false, false);
        assertThat(page.months().getFirst().empty()).isTrue();
        assertThat(page.months().get(1).feeStatuses()).containsExactly(
                new EarningsPage.Line("Hyväksytty", "50,00\u00a0€", false));
        assertThat(page.months().get(1).expenseKinds()).containsExactly(
                new EarningsPage.Line("Matkaliput", "5,80\u00a0€", false));
        assertThat(page.laterYear()).as("no link to a year that has not begun").isNull();
        assertThat(page.earlierYear()).isEqualTo(2025);
    }

    @Test
    void aPastYearStartsFromDecemberAndLinksToTheNextYear() {
        List<MonthEarnings> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            months.add(month(2025, m, m % 6 == 0 ? Map.of(FeeLineStatus.PAID, "10") : Map.of(), Map.of()));
        }
        var year = new EarningsYear(2025, months, Sums.NONE, Sums.NONE);

        EarningsPage page = EarningsPage.of(year, YearMonth.of(2026, 4), noWatch(), 2000, words, Locale.ENGLISH);

        assertThat(page.months()).extracting(EarningsPage.MonthCard::title).containsExactly("December 2025", "June 2025");
        assertThat(page.months()).noneMatch(EarningsPage.MonthCard::current);
        assertThat(page.laterYear()).isEqualTo(2026);
    }

    @Test
    void aStatusWithoutItsOwnTextShowsItsNameAndUncountedOnesComeLast() {
        var sums = new Sums(Map.of(FeeLineStatus.PAID, Money.parse("1"), FeeLineStatus.DRAFT, Money.parse("2")));
        var month = new MonthEarnings(YearMonth.of(2026, 4), sums, Sums.NONE, Map.of());
        var year = new EarningsYear(2026, List.of(month), sums, Sums.NONE);

        EarningsPage page = EarningsPage.of(year, YearMonth.of(2026, 4), noWatch(), 2000, words, Locale.ENGLISH);

        assertThat(page.totals().feeStatuses()).extracting(EarningsPage.Line::label)
                .containsExactly("Waiting for the coordinator", "Paid");
        assertThat(words.kind(FeeLineKind.KM_ALLOWANCE, Locale.ENGLISH)).isEqualTo("Kilometre allowance");
    }

    private static MonthEarnings month(int year, int m, Map<FeeLineStatus, String> fees, Map<FeeLineStatus, String> tickets) {
        Map<FeeLineStatus, Money> feeSums = new java.util.EnumMap<>(FeeLineStatus.class);
        fees.forEach((s, e) -> feeSums.put(s, Money.parse(e)));
        Map<FeeLineStatus, Money> ticketSums = new java.util.EnumMap<>(FeeLineStatus.class);
        tickets.forEach((s, e) -> ticketSums.put(s, Money.parse(e)));
        var expenses = new Sums(ticketSums);
        return new MonthEarnings(YearMonth.of(year, m), new Sums(feeSums), expenses,
                expenses.isEmpty() ? Map.of() : Map.of(FeeLineKind.TICKETS, expenses.counted()));
    }

    private static BenefitWatch noWatch() {
        return new BenefitWatch(null, null, false, null, null, LocalDate.of(2026, 4, 10));
    }

    private static ResourceBundleMessageSource messages() {
        var source = new ResourceBundleMessageSource();
        source.setBasenames("i18n/earnings");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
