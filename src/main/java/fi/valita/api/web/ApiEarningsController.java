package fi.valita.api.web;

import fi.valita.earnings.BenefitLimit;
import fi.valita.earnings.BenefitWatch;
import fi.valita.earnings.BenefitWatches;
import fi.valita.earnings.Earnings;
import fi.valita.earnings.EarningsYear;
import fi.valita.earnings.MonthEarnings;
import fi.valita.earnings.Sums;
import fi.valita.earnings.WatchStatus;
import fi.valita.fees.FeeLineKind;
import fi.valita.fees.FeeLineStatus;
import fi.valita.identity.CurrentUser;
import fi.valita.platform.ProblemField;
import fi.valita.shared.Money;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The calling expert's own earnings of a year by month, and their benefit watch. Nobody else's, ever. */
@RestController
@Tag(name = "Earnings", description = "An expert's own fees, expenses and benefit watch")
class ApiEarningsController {

    private final Earnings earnings;
    private final BenefitWatches watches;

    ApiEarningsController(Earnings earnings, BenefitWatches watches) {
        this.earnings = earnings;
        this.watches = watches;
    }

    @Schema(name = "Amounts", description = "Sums in cents. countedCents leaves out statuses that do not count, e.g. DECLINED")
    record AmountsJson(long countedCents, Map<String, Long> byStatusCents, @Nullable Map<String, Long> byKindCents) {

        static AmountsJson of(Sums sums, @Nullable Map<FeeLineKind, Money> byKind) {
            Map<String, Long> statuses = new LinkedHashMap<>();
            for (FeeLineStatus status : FeeLineStatus.values()) {
                statuses.put(status.name(), sums.in(status).cents());
            }
            Map<String, Long> kinds = null;
            if (byKind != null) {
                kinds = new LinkedHashMap<>();
                for (var e : byKind.entrySet()) {
                    kinds.put(e.getKey().name(), e.getValue().cents());
                }
            }
            return new AmountsJson(sums.counted().cents(), statuses, kinds);
        }
    }

    @Schema(name = "EarningsMonth", description = "Fees (earnings) and expenses (tax-free) of work done in the month")
    record MonthJson(String month, AmountsJson fees, AmountsJson expenses) {

        static MonthJson of(MonthEarnings m) {
            return new MonthJson(m.month().toString(), AmountsJson.of(m.fees(), null),
                    AmountsJson.of(m.expenses(), m.expensesByKind()));
        }
    }

    @Schema(name = "BenefitLimit")
    record LimitJson(String code, String kind, @Nullable Long amountCents, boolean personal, boolean example,
            LocalDate validFrom, @Nullable LocalDate validTo) {

        static @Nullable LimitJson of(@Nullable BenefitLimit l) {
            return l == null ? null : new LimitJson(l.code(), l.kind().name(), l.amount() == null ? null : l.amount().cents(),
                    l.isPersonal(), l.example(), l.validFrom(), l.validTo());
        }
    }

    @Schema(name = "VolunteerWorkOnly", description = "The expert asked to be offered only volunteer work; until null means until changed")
    record PauseJson(boolean active, @Nullable LocalDate until) {}

    @Schema(name = "BenefitWatch", description = "The limit the expert watches and how close this month's (or year's) fees are")
    record WatchJson(@Nullable String limitCode, @Nullable LimitJson limit, @Nullable String state,
            @Nullable LocalDate periodFrom, @Nullable LocalDate periodTo, @Nullable Long limitCents, long usedCents,
            long leftCents, long overCents, int percent, boolean sharedWithCoordinator, PauseJson volunteerWorkOnly) {

        static WatchJson of(BenefitWatch w) {
            WatchStatus s = w.status();
            var pause = new PauseJson(w.volunteerWorkOnly(), w.volunteerWorkOnly() && w.pause() != null ? w.pause().until() : null);
            if (s == null) {
                return new WatchJson(w.limitCode(), null, null, null, null, null, 0, 0, 0, 0, w.sharedWithCoordinator(), pause);
            }
            return new WatchJson(w.limitCode(), LimitJson.of(s.row()), s.state().name(), s.from(), s.to(),
                    s.limit() == null ? null : s.limit().cents(), s.used().cents(), s.left().cents(), s.over().cents(),
                    s.percent(), w.sharedWithCoordinator(), pause);
        }
    }

    @Schema(name = "Earnings")
    record EarningsJson(int year, List<MonthJson> months, AmountsJson fees, AmountsJson expenses, WatchJson benefitWatch) {}

    @GetMapping(value = "/api/v1/me/earnings", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The calling expert's own months of a year (by work date), the year's totals and their benefit watch")
    EarningsJson earnings(@AuthenticationPrincipal CurrentUser expert,
            @Parameter(description = "The year, from 2000 to this year; this year when left out")
            @RequestParam(required = false) @Nullable String year) {
        int shown = year(year);
        EarningsYear y = earnings.yearOf(shown, expert);
        return new EarningsJson(y.year(), y.months().stream().map(MonthJson::of).toList(), AmountsJson.of(y.fees(), null),
                AmountsJson.of(y.expenses(), null), WatchJson.of(watches.mine(expert)));
    }

    private int year(@Nullable String year) {
        if (year == null) {
            return earnings.today().getYear();
        }
        if (!year.matches("\\d{4}") || !earnings.isShownYear(Integer.parseInt(year))) {
            throw new InvalidInput(List.of(new ProblemField("year",
                    "Give a year from " + Earnings.FIRST_YEAR + " to this year, e.g. " + earnings.today().getYear() + ".")));
        }
        return Integer.parseInt(year);
    }
}
