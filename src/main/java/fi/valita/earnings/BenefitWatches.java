package fi.valita.earnings;

import fi.valita.earnings.internal.BenefitLimitRecords;
import fi.valita.earnings.internal.BenefitWatchRecords;
import fi.valita.earnings.internal.BenefitWatchRecords.Choice;
import fi.valita.experts.ExpertNotFound;
import fi.valita.experts.ExpertPool;
import fi.valita.experts.ExpertProfile;
import fi.valita.experts.FeeWorkPause;
import fi.valita.fees.FeeLedger;
import fi.valita.identity.CurrentUser;
import fi.valita.shared.Money;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The benefit watch: the expert chooses the limit that matters to them, sees how close their fees are, asks
 * to be offered only volunteer work for a while, and decides whether their pool's coordinators may see it.
 * This is data about a person's benefits: nothing here is logged, and only the expert (and, if they allow
 * it, their pool's coordinators) ever read it.
 */
@Service
public class BenefitWatches {

    private final BenefitWatchRecords watches;
    private final BenefitLimitRecords limits;
    private final FeeLedger ledger;
    private final ExpertPool pool;
    private final Earnings earnings;
    private final Clock clock;

    BenefitWatches(BenefitWatchRecords watches, BenefitLimitRecords limits, FeeLedger ledger, ExpertPool pool,
            Earnings earnings, Clock clock) {
        this.watches = watches;
        this.limits = limits;
        this.ledger = ledger;
        this.pool = pool;
        this.earnings = earnings;
        this.clock = clock;
    }

    /** The signed-in expert's own watch. */
    @Transactional(readOnly = true)
    public BenefitWatch mine(CurrentUser expert) {
        Earnings.requireExpert(expert);
        return watchOf(pool.profile(expert.id(), expert));
    }

    /**
     * The expert chooses the limit they watch (null: none), their own amount for a personal limit, and whether
     * their pool's coordinators may see the watch. An amount is kept only for a limit that needs one.
     *
     * @throws EarningsRefused for a limit that cannot be chosen today, or a personal limit without an amount
     */
    @Transactional
    public void choose(@Nullable String limitCode, @Nullable Money personalAmount, boolean sharedWithCoordinator,
            CurrentUser expert) {
        Earnings.requireExpert(expert);
        Money amount = null;
        if (limitCode != null) {
            LocalDate today = earnings.today();
            BenefitLimit limit = limits.ofCode(limitCode).stream()
                    .filter(l -> l.isValidOn(today))
                    .findFirst()
                    .orElseThrow(EarningsRefused::unknownLimit);
            if (limit.isPersonal()) {
                if (personalAmount == null) {
                    throw EarningsRefused.personalAmountNeeded();
                }
                amount = personalAmount;
            }
        }
        watches.save(expert.id(), new Choice(limitCode, amount, sharedWithCoordinator), Instant.now(clock));
    }

    /** The expert asks to be offered only volunteer work for a while, or fee-based work again. */
    @Transactional
    public void offerOnlyVolunteerWork(VolunteerOnly howLong, CurrentUser expert) {
        Earnings.requireExpert(expert);
        FeeWorkPause pause = howLong == VolunteerOnly.NO ? null : new FeeWorkPause(howLong.lastDay(earnings.today()));
        pool.changeFeeWorkPause(expert.id(), pause, expert);
    }

    /**
     * An expert's watch as a coordinator of their pool sees it: the numbers only if the expert shared them.
     * Anyone else, or an expert of another pool, gets {@link ExpertNotFound}.
     */
    @Transactional
    public SharedWatch sharedBy(UUID expertId, CurrentUser coordinator) {
        if (!coordinator.coordinates()) {
            throw ExpertNotFound.withId(expertId);
        }
        ExpertProfile profile = pool.profile(expertId, coordinator);
        Choice choice = watches.of(expertId).orElse(Choice.NOTHING);
        return new SharedWatch(profile.displayName(), choice.sharedWithCoordinator() ? watchOf(profile) : null);
    }

    private BenefitWatch watchOf(ExpertProfile expert) {
        LocalDate today = earnings.today();
        Choice choice = watches.of(expert.id()).orElse(Choice.NOTHING);
        WatchStatus status = null;
        if (choice.limitCode() != null) {
            List<BenefitLimit> rows = limits.ofCode(choice.limitCode());
            if (!rows.isEmpty()) {
                var lines = ledger.ofExpert(expert.id(), today.withDayOfYear(1), today.withDayOfYear(today.lengthOfYear()));
                status = WatchRule.check(rows, choice.personalAmount(), lines, today);
            }
        }
        return new BenefitWatch(choice.limitCode(), choice.personalAmount(), choice.sharedWithCoordinator(), status,
                expert.feeWorkPause(), today);
    }
}
