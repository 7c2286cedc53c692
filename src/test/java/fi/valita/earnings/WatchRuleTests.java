package fi.valita.earnings;

import fi.valita.experts.EngagementForm;
import static org.assertj.core.api.Assertions.assertThat;

import fi.valita.fees.FeeLine;
import fi.valita.fees.FeeLineKind;
import fi.valita.fees.FeeLineStatus;
import fi.valita.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The benefit watch's arithmetic: periods, the dated row that applies, what counts, and how much is left. */
class WatchRuleTests {

    static final LocalDate MID_MARCH = LocalDate.of(2026, 3, 15);

    final List<FeeLine> lines = new ArrayList<>();

    @Test
    void monthlyLimitCountsTheFeesOfThisMonthAndTellsWhatIsLeft() {
        var limit = List.of(row("PENSION", BenefitLimitKind.MONTHLY_EARNINGS, "500", "2026-01-01", "2026-12-31"));
        fee("300", "2026-03-02", FeeLineStatus.DRAFT);
        fee("80", "2026-03-31", FeeLineStatus.PAID);
        fee("200", "2026-02-28", FeeLineStatus.PAID);
        fee("900", "2026-04-01", FeeLineStatus.APPROVED);

        WatchStatus status = WatchRule.check(limit, null, lines, MID_MARCH);

        assertThat(status.state()).isEqualTo(WatchStatus.State.UNDER);
        assertThat(status.from()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(status.to()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(status.used()).isEqualTo(Money.parse("380"));
        assertThat(status.left()).isEqualTo(Money.parse("120"));
        assertThat(status.over()).isEqualTo(Money.ZERO);
        assertThat(status.percent()).isEqualTo(76);
    }

    @Test
    void everyStatusOnTheWayToTheBankCounts() {
        var limit = List.of(row("PENSION", BenefitLimitKind.MONTHLY_EARNINGS, "1000", "2026-01-01", null));
        fee("100", "2026-03-01", FeeLineStatus.DRAFT);
        fee("100", "2026-03-02", FeeLineStatus.APPROVED);
        fee("100", "2026-03-03", FeeLineStatus.EXPORTED);
        fee("100", "2026-03-04", FeeLineStatus.PAID);

        assertThat(WatchRule.check(limit, null, lines, MID_MARCH).used()).isEqualTo(Money.parse("400"));
        assertThat(Arrays.stream(FeeLineStatus.values()).filter(Sums.COUNTED::contains))
                .as("a new status counts only when someone decides it does")
                .containsExactlyInAnyOrder(FeeLineStatus.DRAFT, FeeLineStatus.APPROVED, FeeLineStatus.EXPORTED,
                        FeeLineStatus.PAID);
    }

    @Test
    void expensesAreNeverEarnings() {
        var limit = List.of(row("PENSION", BenefitLimitKind.MONTHLY_EARNINGS, "100", "2026-01-01", null));
        fee("40", "2026-03-02", FeeLineStatus.APPROVED);
        line(FeeLineKind.KM_ALLOWANCE, "90", "2026-03-02", FeeLineStatus.APPROVED);
        line(FeeLineKind.TICKETS, "12,40", "2026-03-02", FeeLineStatus.PAID);

        WatchStatus status = WatchRule.check(limit, null, lines, MID_MARCH);

        assertThat(status.used()).isEqualTo(Money.parse("40"));
        assertThat(status.state()).isEqualTo(WatchStatus.State.UNDER);
    }

    @Test
    void declinedFeesAreNotCounted() {
        var limit = List.of(row("PENSION", BenefitLimitKind.MONTHLY_EARNINGS, "100", "2026-01-01", null));
        fee("40", "2026-03-02", FeeLineStatus.APPROVED);
        fee("500", "2026-03-03", FeeLineStatus.DECLINED);

        assertThat(WatchRule.check(limit, null, lines, MID_MARCH).used()).isEqualTo(Money.parse("40"));
        assertThat(Sums.of(lines).counted()).isEqualTo(Money.parse("40"));
        assertThat(Sums.of(lines).notCounted()).isEqualTo(Money.parse("500"));
    }

    @Test
    void yearlyLimitCountsTheWholeCalendarYear() {
        var limit = List.of(row("STUDENT_AID", BenefitLimitKind.YEARLY_EARNINGS, "1000", "2025-01-01", null));
        fee("300", "2025-12-31", FeeLineStatus.PAID);
        fee("250", "2026-01-01", FeeLineStatus.PAID);
        fee("500", "2026-12-31", FeeLineStatus.DRAFT);

        WatchStatus status = WatchRule.check(limit, null, lines, MID_MARCH);

        assertThat(status.from()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(status.to()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(status.used()).isEqualTo(Money.parse("750"));
        assertThat(status.left()).isEqualTo(Money.parse("250"));
        assertThat(status.percent()).isEqualTo(75);
    }

    @Test
    void anyFeeLimitHasNoAmountOnlyFeesOrNone() {
        var limit = List.of(row("UNEMPLOYMENT", BenefitLimitKind.ANY_FEE, null, "2025-01-01", null));
        line(FeeLineKind.TICKETS, "5", "2026-03-02", FeeLineStatus.PAID);

        WatchStatus none = WatchRule.check(limit, null, lines, MID_MARCH);
        fee("20", "2026-03-10", FeeLineStatus.DRAFT);
        WatchStatus some = WatchRule.check(limit, Money.parse("999"), lines, MID_MARCH);

        assertThat(none.state()).as("tickets are not a fee").isEqualTo(WatchStatus.State.NO_FEES);
        assertThat(some.state()).isEqualTo(WatchStatus.State.HAS_FEES);
        assertThat(some.used()).isEqualTo(Money.parse("20"));
        assertThat(some.limit()).as("a personal amount means nothing when any fee counts").isNull();
        assertThat(some.from()).isEqualTo(LocalDate.of(2026, 3, 1));
    }

    @Test
    void personalLimitUsesTheExpertsOwnAmountAndAsksForItWhenMissing() {
        var limit = List.of(row("OWN_PENSION", BenefitLimitKind.MONTHLY_EARNINGS, null, "2025-01-01", null));
        fee("700", "2026-03-05", FeeLineStatus.APPROVED);

        WatchStatus withoutAmount = WatchRule.check(limit, null, lines, MID_MARCH);
        WatchStatus withAmount = WatchRule.check(limit, Money.parse("650"), lines, MID_MARCH);

        assertThat(withoutAmount.state()).isEqualTo(WatchStatus.State.NEEDS_AMOUNT);
        assertThat(withoutAmount.used()).isEqualTo(Money.parse("700"));
        assertThat(withAmount.state()).isEqualTo(WatchStatus.State.OVER);
        assertThat(withAmount.limit()).isEqualTo(Money.parse("650"));
        assertThat(withAmount.over()).isEqualTo(Money.parse("50"));
        assertThat(withAmount.left()).isEqualTo(Money.ZERO);
        assertThat(withAmount.percent()).isEqualTo(107);
    }

    @Test
    void theTablesAmountWinsOverATypedOne() {
        var limit = List.of(row("PENSION", BenefitLimitKind.MONTHLY_EARNINGS, "500", "2026-01-01", null));

        assertThat(WatchRule.check(limit, Money.parse("5"), lines, MID_MARCH).limit()).isEqualTo(Money.parse("500"));
    }

    @Test
    void exactlyAtTheLimitLeavesNothing() {
        var limit = List.of(row("PENSION", BenefitLimitKind.MONTHLY_EARNINGS, "250,50", "2026-01-01", null));
        fee("250,50", "2026-03-05", FeeLineStatus.PAID);

        WatchStatus status = WatchRule.check(limit, null, lines, MID_MARCH);

        assertThat(status.state()).isEqualTo(WatchStatus.State.AT_LIMIT);
        assertThat(status.left()).isEqualTo(Money.ZERO);
        assertThat(status.over()).isEqualTo(Money.ZERO);
        assertThat(status.percent()).isEqualTo(100);
    }

    @Test
    void percentIsRoundedDownSoThatNobodyReadsRoomThatIsNotThere() {
        var limit = List.of(row("PENSION", BenefitLimitKind.MONTHLY_EARNINGS, "3", "2026-01-01", null));
        fee("2,99", "2026-03-05", FeeLineStatus.PAID);

        assertThat(WatchRule.check(limit, null, lines, MID_MARCH).percent()).isEqualTo(99);
    }

    @Test
    void newYearsFigureTakesOverExactlyAtTheYearBoundary() {
        var limit = List.of(
                row("PENSION", BenefitLimitKind.MONTHLY_EARNINGS, "1000", "2025-01-01", "2025-12-31"),
                row("PENSION", BenefitLimitKind.MONTHLY_EARNINGS, "1100", "2026-01-01", "2026-12-31"));
        fee("900", "2025-12-31", FeeLineStatus.PAID);
        fee("100", "2026-01-01", FeeLineStatus.DRAFT);

        WatchStatus newYearsEve = WatchRule.check(limit, null, lines, LocalDate.of(2025, 12, 31));
        WatchStatus newYearsDay = WatchRule.check(limit, null, lines, LocalDate.of(2026, 1, 1));

        assertThat(newYearsEve.limit()).isEqualTo(Money.parse("1000"));
        assertThat(newYearsEve.used()).isEqualTo(Money.parse("900"));
        assertThat(newYearsDay.limit()).isEqualTo(Money.parse("1100"));
        assertThat(newYearsDay.used()).isEqualTo(Money.parse("100"));
    }

    @Test
    void aFigureChangingMidYearAppliesFromItsFirstMonthButAYearlyLimitKeepsTheYearsFirstFigure() {
        var monthly = List.of(
                row("PENSION", BenefitLimitKind.MONTHLY_EARNINGS, "800", "2026-01-01", "2026-06-30"),
                row("PENSION", BenefitLimitKind.MONTHLY_EARNINGS, "850", "2026-07-01", null));
        var yearly = List.of(
                row("AID", BenefitLimitKind.YEARLY_EARNINGS, "9000", "2026-01-01", "2026-06-30"),
                row("AID", BenefitLimitKind.YEARLY_EARNINGS, "9500", "2026-07-01", null));

        assertThat(WatchRule.check(monthly, null, lines, LocalDate.of(2026, 6, 30)).limit()).isEqualTo(Money.parse("800"));
        assertThat(WatchRule.check(monthly, null, lines, LocalDate.of(2026, 7, 1)).limit()).isEqualTo(Money.parse("850"));
        assertThat(WatchRule.check(yearly, null, lines, LocalDate.of(2026, 7, 1)).limit()).isEqualTo(Money.parse("9000"));
    }

    @Test
    void withoutARowForThePeriodTheWatchSaysThereIsNoFigureYet() {
        var limit = List.of(row("PENSION", BenefitLimitKind.MONTHLY_EARNINGS, "1000", "2025-01-01", "2025-12-31"));
        fee("100", "2026-03-01", FeeLineStatus.PAID);

        WatchStatus status = WatchRule.check(limit, null, lines, MID_MARCH);

        assertThat(status.state()).isEqualTo(WatchStatus.State.NO_FIGURE);
        assertThat(status.limit()).isNull();
        assertThat(status.used()).isEqualTo(Money.parse("100"));
    }

    @Test
    void aRowStartingLaterInTheMonthStillCoversThatMonth() {
        var limit = List.of(row("PENSION", BenefitLimitKind.MONTHLY_EARNINGS, "600", "2026-03-10", null));

        assertThat(WatchRule.check(limit, null, lines, MID_MARCH).limit()).isEqualTo(Money.parse("600"));
    }

    @Test
    void volunteerOnlyForTheRestOfTheMonthOrYearEndsOnItsLastDay() {
        assertThat(VolunteerOnly.REST_OF_MONTH.lastDay(LocalDate.of(2028, 2, 10))).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(VolunteerOnly.REST_OF_YEAR.lastDay(MID_MARCH)).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(VolunteerOnly.UNTIL_CHANGED.lastDay(MID_MARCH)).isNull();
    }

    private static BenefitLimit row(String code, BenefitLimitKind kind, String euros, String from, String to) {
        return new BenefitLimit(UUID.randomUUID(), code, kind, euros == null ? null : Money.parse(euros),
                LocalDate.parse(from), to == null ? null : LocalDate.parse(to), "earnings.limit." + code + ".name",
                "earnings.limit." + code + ".description", false);
    }

    private void fee(String euros, String day, FeeLineStatus status) {
        line(FeeLineKind.FEE, euros, day, status);
    }

    private void line(FeeLineKind kind, String euros, String day, FeeLineStatus status) {
        Money total = Money.parse(euros);
        lines.add(new FeeLine(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                UUID.randomUUID(), kind, BigDecimal.ONE, total, total, status, LocalDate.parse(day),
                EngagementForm.FEE_BASED_ASSIGNMENT));
    }
}
