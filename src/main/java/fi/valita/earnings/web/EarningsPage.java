package fi.valita.earnings.web;

import fi.valita.earnings.BenefitWatch;
import fi.valita.earnings.EarningsYear;
import fi.valita.earnings.MonthEarnings;
import fi.valita.earnings.Sums;
import fi.valita.fees.FeeLineKind;
import fi.valita.fees.FeeLineStatus;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The earnings page as the phone shows it: the year's totals, then one card per month that has anything,
 * this month first (always shown, and marked), then earlier months newest first.
 */
record EarningsPage(int year, @Nullable Integer earlierYear, @Nullable Integer laterYear, Totals totals,
        List<MonthCard> months, @Nullable String watchMessage, @Nullable String volunteerOnly) {

    /** A label and an amount; {@code note} marks lines that are not counted, e.g. declined. */
    record Line(String label, String amount, boolean notCounted) {}

    record Totals(String fees, List<Line> feeStatuses, String expenses, List<Line> expenseStatuses, boolean empty) {}

    /**
     * @param feeKinds the fees and wages by kind, shown only when there is more than a fee
     * @param activityDays days of work activity that count, when there are any
     */
    record MonthCard(String id, String title, boolean current, boolean empty, String fees, List<Line> feeStatuses,
            String expenses, List<Line> expenseKinds, List<Line> expenseStatuses, List<Line> feeKinds,
            long activityDays) {}

    static EarningsPage of(EarningsYear year, YearMonth thisMonth, BenefitWatch watch, int firstYear, EarningsWords words,
            Locale locale) {
        var totals = new Totals(words.money(year.fees().counted(), locale), statuses(year.fees(), words, locale),
                words.money(year.expenses().counted(), locale), statuses(year.expenses(), words, locale),
                year.fees().isEmpty() && year.expenses().isEmpty());
        List<MonthCard> cards = new ArrayList<>();
        year.months().stream()
                .sorted(Comparator.comparing((MonthEarnings m) -> !m.month().equals(thisMonth))
                        .thenComparing(MonthEarnings::month, Comparator.reverseOrder()))
                .filter(m -> !m.isEmpty() || m.month().equals(thisMonth))
                .forEach(m -> cards.add(card(m, thisMonth, words, locale)));
        String watchMessage = watch.status() == null ? null : words.watchMessage(watch.status(), locale);
        String volunteerOnly = null;
        if (watch.volunteerWorkOnly() && watch.pause() != null) {
            volunteerOnly = watch.pause().until() == null ? words.text("earnings.volunteer-only.now", locale)
                    : words.text("earnings.volunteer-only.until", locale, words.date(watch.pause().until(), locale));
        }
        return new EarningsPage(year.year(), year.year() > firstYear ? year.year() - 1 : null,
                year.year() < thisMonth.getYear() ? year.year() + 1 : null, totals, cards, watchMessage, volunteerOnly);
    }

    private static MonthCard card(MonthEarnings m, YearMonth thisMonth, EarningsWords words, Locale locale) {
        List<Line> kinds = m.expensesByKind().entrySet().stream()
                .map(e -> new Line(words.kind(e.getKey(), locale), words.money(e.getValue(), locale), false))
                .toList();
        List<Line> feeKinds = m.feesByKind().keySet().stream().anyMatch(k -> k != FeeLineKind.FEE)
                ? m.feesByKind().entrySet().stream()
                        .map(e -> new Line(words.kind(e.getKey(), locale), words.money(e.getValue(), locale), false))
                        .toList()
                : List.of();
        return new MonthCard("month-" + m.month(), words.month(m.month(), locale), m.month().equals(thisMonth), m.isEmpty(),
                words.money(m.fees().counted(), locale), statuses(m.fees(), words, locale),
                words.money(m.expenses().counted(), locale), kinds, statuses(m.expenses(), words, locale), feeKinds,
                m.activityDays());
    }

    /** Every status that has an amount, in the order of the way to the bank; those not counted last. */
    private static List<Line> statuses(Sums sums, EarningsWords words, Locale locale) {
        return sums.byStatus().entrySet().stream()
                .sorted(Comparator.comparing((java.util.Map.Entry<FeeLineStatus, ?> e) -> !Sums.COUNTED.contains(e.getKey()))
                        .thenComparing(java.util.Map.Entry::getKey))
                .map(e -> new Line(words.status(e.getKey(), locale), words.money(e.getValue(), locale),
                        !Sums.COUNTED.contains(e.getKey())))
                .toList();
    }
}
