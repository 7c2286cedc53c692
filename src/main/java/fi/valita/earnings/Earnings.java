package fi.valita.earnings;

import fi.valita.fees.AttendanceDays;
import fi.valita.fees.FeeLedger;
import fi.valita.fees.FeeLine;
import fi.valita.fees.FeeLineKind;
import fi.valita.identity.CurrentUser;
import fi.valita.identity.Role;
import fi.valita.shared.Money;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The earnings module's API: an expert's own fees and expenses of a year, by month. */
@Service
public class Earnings {

    public static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
    /** No fee lines are older than the service; earlier years are refused as mistakes. */
    public static final int FIRST_YEAR = 2000;

    private final FeeLedger ledger;
    private final AttendanceDays attendance;
    private final Clock clock;

    Earnings(FeeLedger ledger, AttendanceDays attendance, Clock clock) {
        this.ledger = ledger;
        this.attendance = attendance;
        this.clock = clock;
    }

    /** Today in Helsinki, which decides "this month" and "this year". */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(HELSINKI));
    }

    /** Whether the year can be shown: from {@link #FIRST_YEAR} to this year. */
    public boolean isShownYear(int year) {
        return year >= FIRST_YEAR && year <= today().getYear();
    }

    /**
     * The signed-in expert's own year, by work date, whatever pool paid the work.
     *
     * @throws AccessDeniedException for anyone but an expert
     * @throws IllegalArgumentException for a year that {@link #isShownYear} refuses
     */
    @Transactional(readOnly = true)
    public EarningsYear yearOf(int year, CurrentUser expert) {
        requireExpert(expert);
        if (!isShownYear(year)) {
            throw new IllegalArgumentException("No earnings year " + year);
        }
        List<FeeLine> lines = ledger.ofExpert(expert.id(), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        Map<YearMonth, Long> activityDays = attendance.countedDaysOf(year, expert);
        YearMonth now = YearMonth.from(today());
        int lastMonth = year == now.getYear() ? now.getMonthValue() : 12;
        List<MonthEarnings> months = new ArrayList<>();
        for (int m = 1; m <= lastMonth; m++) {
            YearMonth month = YearMonth.of(year, m);
            months.add(month(month, lines.stream().filter(l -> YearMonth.from(l.workDate()).equals(month)).toList(),
                    activityDays.getOrDefault(month, 0L)));
        }
        return new EarningsYear(year, months, Sums.of(fees(lines)), Sums.of(expenses(lines)));
    }

    static void requireExpert(CurrentUser user) {
        if (!user.is(Role.EXPERT)) {
            throw new AccessDeniedException("Only an expert has earnings");
        }
    }

    private static MonthEarnings month(YearMonth month, List<FeeLine> lines, long activityDays) {
        return new MonthEarnings(month, Sums.of(fees(lines)), Sums.of(expenses(lines)), countedByKind(expenses(lines)),
                countedByKind(fees(lines)), activityDays);
    }

    private static Map<FeeLineKind, Money> countedByKind(List<FeeLine> lines) {
        Map<FeeLineKind, Money> byKind = new EnumMap<>(FeeLineKind.class);
        lines.stream()
                .filter(l -> Sums.COUNTED.contains(l.status()))
                .forEach(l -> byKind.merge(l.kind(), l.total(), Money::plus));
        return byKind;
    }

    /** Fees and wages are earnings (taxed as wage); every other kind of line is a tax-free payment. */
    static List<FeeLine> fees(List<FeeLine> lines) {
        return lines.stream().filter(l -> l.kind().isEarnings()).toList();
    }

    private static List<FeeLine> expenses(List<FeeLine> lines) {
        return lines.stream().filter(l -> !l.kind().isEarnings()).toList();
    }
}
