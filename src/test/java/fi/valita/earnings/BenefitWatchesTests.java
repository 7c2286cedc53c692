package fi.valita.earnings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.valita.TestPools;
import fi.valita.ValitaTest;
import fi.valita.assignments.AfterWork;
import fi.valita.assignments.Brokering;
import fi.valita.experts.ExpertNotFound;
import fi.valita.experts.ExpertPool;
import fi.valita.experts.FeeWorkPause;
import fi.valita.fees.FeeLines;
import fi.valita.identity.CurrentUser;
import fi.valita.requests.WorkRequests;
import fi.valita.shared.Money;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The expert's benefit watch on the real database: the choice, the arithmetic with real fee lines, and who sees it. */
@ValitaTest
class BenefitWatchesTests {

    @Autowired
    BenefitWatches watches;

    @Autowired
    BenefitLimits limits;

    @Autowired
    Earnings earnings;

    @Autowired
    ExpertPool expertPool;

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
    void theExpertWatchesTheirOwnLimitAndSeesWhatIsLeftThisMonth() {
        var ngo = pools.ngoPool("Watch NGO");
        given.feeAndTickets(ngo, 38_000, 1_200);
        String code = limit(BenefitLimitKind.MONTHLY_EARNINGS, null);

        assertThat(watches.mine(ngo.expert()).status()).as("nothing chosen yet").isNull();
        watches.choose(code, Money.parse("500"), false, ngo.expert());

        BenefitWatch watch = watches.mine(ngo.expert());
        assertThat(watch.limitCode()).isEqualTo(code);
        assertThat(watch.status().state()).isEqualTo(WatchStatus.State.UNDER);
        assertThat(watch.status().used()).as("tickets are not earnings").isEqualTo(Money.parse("380"));
        assertThat(watch.status().left()).isEqualTo(Money.parse("120"));
        assertThat(watch.status().percent()).isEqualTo(76);
        assertThat(watch.status().from()).isEqualTo(YearMonth.from(earnings.today()).atDay(1));
    }

    @Test
    void aPersonalLimitNeedsTheExpertsAmountAndAnUnknownLimitCannotBeChosen() {
        var ngo = pools.ngoPool("Watch rules NGO");
        String personal = limit(BenefitLimitKind.YEARLY_EARNINGS, null);
        String anyFee = limit(BenefitLimitKind.ANY_FEE, null);

        assertRefused(() -> watches.choose(personal, null, false, ngo.expert()), "personalAmount");
        assertRefused(() -> watches.choose("NO_SUCH_LIMIT", null, false, ngo.expert()), "limitCode");
        watches.choose(anyFee, Money.parse("100"), true, ngo.expert());

        BenefitWatch watch = watches.mine(ngo.expert());
        assertThat(watch.personalAmount()).as("an amount is kept only for a limit that needs one").isNull();
        assertThat(watch.status().state()).isEqualTo(WatchStatus.State.NO_FEES);
        assertThat(watch.sharedWithCoordinator()).isTrue();

        watches.choose(null, null, false, ngo.expert());
        assertThat(watches.mine(ngo.expert()).status()).isNull();
    }

    @Test
    void askingForVolunteerWorkOnlyForTheRestOfTheMonthPausesFeeBasedWorkUntilItsLastDay() {
        var ngo = pools.ngoPool("Volunteer wish NGO");
        LocalDate today = earnings.today();

        watches.offerOnlyVolunteerWork(VolunteerOnly.REST_OF_MONTH, ngo.expert());
        assertThat(expertPool.profile(ngo.expert().id(), ngo.expert()).feeWorkPause())
                .isEqualTo(new FeeWorkPause(YearMonth.from(today).atEndOfMonth()));
        assertThat(watches.mine(ngo.expert()).volunteerWorkOnly()).isTrue();

        watches.offerOnlyVolunteerWork(VolunteerOnly.UNTIL_CHANGED, ngo.expert());
        assertThat(expertPool.profile(ngo.expert().id(), ngo.expert()).feeWorkPause()).isEqualTo(new FeeWorkPause(null));

        watches.offerOnlyVolunteerWork(VolunteerOnly.NO, ngo.expert());
        assertThat(watches.mine(ngo.expert()).volunteerWorkOnly()).isFalse();
    }

    @Test
    void theCoordinatorSeesTheNumbersOnlyWhenTheExpertSharesThemAndNobodyElseEver() {
        var ngo = pools.ngoPool("Shared watch NGO");
        var other = pools.ngoPool("Other watch NGO");
        given.feeAndTickets(ngo, 20_000, 0);
        String code = limit(BenefitLimitKind.MONTHLY_EARNINGS, "300");
        watches.choose(code, null, false, ngo.expert());

        SharedWatch hidden = watches.sharedBy(ngo.expert().id(), ngo.coordinator());
        assertThat(hidden.shared()).isFalse();
        assertThat(hidden.watch()).isNull();
        assertThat(hidden.expertName()).isEqualTo(ngo.expert().displayName());

        watches.choose(code, null, true, ngo.expert());
        SharedWatch shown = watches.sharedBy(ngo.expert().id(), ngo.admin());
        assertThat(shown.watch().status().used()).isEqualTo(Money.parse("200"));
        assertThat(shown.watch().status().left()).isEqualTo(Money.parse("100"));

        for (CurrentUser outsider : new CurrentUser[] {other.coordinator(), other.admin(), ngo.requester(), ngo.expert(),
                other.expert()}) {
            assertThatThrownBy(() -> watches.sharedBy(ngo.expert().id(), outsider)).as(outsider.toString())
                    .isInstanceOf(ExpertNotFound.class);
        }
    }

    /** A limit of its own for the test (the table is shared by every test), valid all this year. */
    private String limit(BenefitLimitKind kind, String euros) {
        String code = "TEST_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
        limits.add(new NewBenefitLimit(code, kind, euros == null ? null : Money.parse(euros),
                LocalDate.of(earnings.today().getYear(), 1, 1), null, false), "A limit of the test", pools.operator());
        return code;
    }

    private static void assertRefused(Runnable change, String field) {
        assertThatThrownBy(change::run).isInstanceOfSatisfying(EarningsRefused.class,
                e -> assertThat(e.field()).isEqualTo(field));
    }
}
