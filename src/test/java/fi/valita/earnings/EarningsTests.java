package fi.valita.earnings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.valita.TestPools;
import fi.valita.ValitaTest;
import fi.valita.assignments.AfterWork;
import fi.valita.assignments.Brokering;
import fi.valita.fees.FeeLineKind;
import fi.valita.fees.FeeLineStatus;
import fi.valita.fees.FeeLines;
import fi.valita.requests.WorkRequests;
import fi.valita.shared.Money;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/** An expert's own year on the real database: months, statuses, fees apart from expenses, and nobody else's lines. */
@ValitaTest
class EarningsTests {

    @Autowired
    Earnings earnings;

    @Autowired
    TestPools pools;

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
    void theExpertsYearHasEachMonthsFeesAndExpensesByStatus() {
        var ngo = pools.ngoPool("Earnings NGO");
        var waiting = given.feeAndTickets(ngo, 6_000, 580);
        var approved = given.approvedFeeAndTickets(ngo, 4_000, 0);
        LocalDate today = earnings.today();

        EarningsYear year = earnings.yearOf(today.getYear(), ngo.expert());

        assertThat(year.months()).extracting(MonthEarnings::month).last().isEqualTo(YearMonth.from(today));
        assertThat(year.months()).hasSize(today.getMonthValue());
        MonthEarnings thisMonth = year.months().getLast();
        assertThat(thisMonth.fees().in(FeeLineStatus.DRAFT)).isEqualTo(Money.parse("60"));
        assertThat(thisMonth.fees().in(FeeLineStatus.APPROVED)).isEqualTo(Money.parse("40"));
        assertThat(thisMonth.fees().counted()).isEqualTo(Money.parse("100"));
        assertThat(thisMonth.expenses().counted()).isEqualTo(Money.parse("5,80"));
        assertThat(thisMonth.expensesByKind()).containsEntry(FeeLineKind.TICKETS, Money.parse("5,80"))
                .doesNotContainKey(FeeLineKind.FEE);
        assertThat(year.fees().counted()).isEqualTo(Money.parse("100"));
        assertThat(waiting).hasSize(2);
        assertThat(approved).extracting(l -> l.status()).containsOnly(FeeLineStatus.APPROVED);
    }

    @Test
    void linesGoToTheMonthOfTheWorkAndSentOrPaidOnesCountToo() {
        var ngo = pools.ngoPool("Earlier months NGO");
        LocalDate today = earnings.today();
        LocalDate january = LocalDate.of(today.getYear(), 1, 15);
        var lines = given.approvedFeeAndTickets(ngo, 10_000, 1_000);
        given.move(TestEarnings.of(lines, FeeLineKind.FEE), FeeLineStatus.PAID, january);
        given.move(TestEarnings.of(lines, FeeLineKind.TICKETS), FeeLineStatus.EXPORTED, january);
        var lastYear = given.approvedFeeAndTickets(ngo, 7_000, 0);
        given.move(lastYear.getFirst(), FeeLineStatus.PAID, LocalDate.of(today.getYear() - 1, 12, 31));

        EarningsYear year = earnings.yearOf(today.getYear(), ngo.expert());
        EarningsYear before = earnings.yearOf(today.getYear() - 1, ngo.expert());

        MonthEarnings first = year.months().getFirst();
        assertThat(first.month()).isEqualTo(YearMonth.of(today.getYear(), 1));
        assertThat(first.fees().in(FeeLineStatus.PAID)).isEqualTo(Money.parse("100"));
        assertThat(first.expenses().in(FeeLineStatus.EXPORTED)).isEqualTo(Money.parse("10"));
        assertThat(year.fees().counted()).isEqualTo(Money.parse("100"));
        assertThat(before.months()).hasSize(12);
        assertThat(before.months().getLast().fees().counted()).isEqualTo(Money.parse("70"));
    }

    @Test
    void anExpertSeesOnlyTheirOwnLinesAndOnlyExpertsHaveEarnings() {
        var ngo = pools.ngoPool("Own lines NGO");
        given.approvedFeeAndTickets(ngo, 5_000, 0);
        var stranger = pools.ngoPool("Stranger lines NGO");
        int year = earnings.today().getYear();

        assertThat(earnings.yearOf(year, stranger.expert()).fees().isEmpty()).isTrue();
        for (var notExpert : new fi.valita.identity.CurrentUser[] {ngo.coordinator(), ngo.admin(), ngo.requester()}) {
            assertThatThrownBy(() -> earnings.yearOf(year, notExpert)).isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> earnings.yearOf(year + 1, ngo.expert())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> earnings.yearOf(1999, ngo.expert())).isInstanceOf(IllegalArgumentException.class);
    }
}
