package fi.valita.earnings.web;

import fi.valita.earnings.BenefitLimit;
import fi.valita.earnings.BenefitLimitKind;
import fi.valita.earnings.BenefitWatch;
import fi.valita.earnings.VolunteerOnly;
import fi.valita.earnings.WatchStatus;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The benefit watch as the expert (or a coordinator they allowed) reads it: the limit chosen, a plain sentence
 * of how close they are, and whether they asked for volunteer work only.
 */
record WatchPage(@Nullable Status status, @Nullable String volunteerOnly, List<LimitOption> options,
        List<PauseOption> pauseOptions) {

    /**
     * @param level {@code ok}, {@code near} (80 % or more) or {@code over}: only the look, the words say the same
     * @param progress the percent for the progress bar, at most 100; null when there is nothing to compare with
     */
    record Status(String limitName, String period, String message, @Nullable String figures, @Nullable Integer progress,
            String level, boolean example, boolean anyFee) {}

    record LimitOption(String code, String name, String description, @Nullable String amount, boolean example,
            boolean personal) {}

    record PauseOption(String value, String label) {}

    static final int NEAR_PERCENT = 80;

    static WatchPage of(BenefitWatch watch, List<BenefitLimit> choosable, EarningsWords words, Locale locale) {
        List<LimitOption> options = choosable.stream()
                .map(l -> new LimitOption(l.code(), words.limitName(l, locale), words.limitDescription(l, locale),
                        words.limitAmount(l, locale), l.example(), l.isPersonal()))
                .toList();
        return new WatchPage(status(watch.status(), words, locale), volunteerOnly(watch, words, locale), options,
                pauseOptions(watch.today(), words, locale));
    }

    static @Nullable Status status(@Nullable WatchStatus s, EarningsWords words, Locale locale) {
        if (s == null) {
            return null;
        }
        String name = s.row() != null ? words.limitName(s.row(), locale) : "";
        String period = s.kind() == BenefitLimitKind.YEARLY_EARNINGS ? String.valueOf(s.from().getYear())
                : words.month(YearMonth.from(s.from()), locale);
        String level = switch (s.state()) {
            case OVER, AT_LIMIT, HAS_FEES -> "over";
            case UNDER -> s.percent() >= NEAR_PERCENT ? "near" : "ok";
            default -> "ok";
        };
        return new Status(name, period, words.watchMessage(s, locale), words.watchFigures(s, locale),
                s.limit() == null ? null : Math.min(100, s.percent()), level, s.example(),
                s.kind() == BenefitLimitKind.ANY_FEE);
    }

    static @Nullable String volunteerOnly(BenefitWatch watch, EarningsWords words, Locale locale) {
        if (!watch.volunteerWorkOnly() || watch.pause() == null) {
            return null;
        }
        LocalDate until = watch.pause().until();
        return until == null ? words.text("earnings.volunteer-only.now", locale)
                : words.text("earnings.volunteer-only.until", locale, words.date(until, locale));
    }

    private static List<PauseOption> pauseOptions(LocalDate today, EarningsWords words, Locale locale) {
        return List.of(VolunteerOnly.values()).stream()
                .map(v -> {
                    LocalDate last = v.lastDay(today);
                    String label = last == null ? words.text("earnings.pause." + v.name(), locale)
                            : words.text("earnings.pause." + v.name(), locale, words.date(last, locale));
                    return new PauseOption(v.name(), label);
                })
                .toList();
    }
}
