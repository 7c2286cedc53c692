package fi.valita.earnings.web;

import fi.valita.earnings.BenefitLimit;
import fi.valita.earnings.BenefitLimitKind;
import fi.valita.earnings.WatchStatus;
import fi.valita.fees.FeeLineKind;
import fi.valita.fees.FeeLineStatus;
import fi.valita.shared.Dates;
import fi.valita.shared.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The earnings pages' words: amounts, months and dates in the user's language, and the names of statuses,
 * kinds and limits. A status or kind without its own text (one added later) shows its plain name.
 */
@Component
class EarningsWords {

    private final MessageSource messages;

    EarningsWords(MessageSource messages) {
        this.messages = messages;
    }

    String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    String money(Money amount, Locale locale) {
        return amount.format(locale);
    }

    /** A month as a heading starts, e.g. "Joulukuu 2026". */
    String month(YearMonth month, Locale locale) {
        String text = Dates.month(month, locale);
        return text.substring(0, 1).toUpperCase(locale) + text.substring(1);
    }

    String date(LocalDate day, Locale locale) {
        return Dates.date(day, locale);
    }

    String dateTime(Instant at, Locale locale) {
        return Dates.dateTime(at, locale);
    }

    String status(FeeLineStatus status, Locale locale) {
        return messages.getMessage("earnings.status." + status.name(), null, status.name(), locale);
    }

    String kind(FeeLineKind kind, Locale locale) {
        return messages.getMessage("earnings.kind." + kind.name(), null, kind.name(), locale);
    }

    String limitName(BenefitLimit limit, Locale locale) {
        return messages.getMessage(limit.nameKey(), null, limit.code(), locale);
    }

    String limitDescription(BenefitLimit limit, Locale locale) {
        return messages.getMessage(limit.descriptionKey(), null, "", locale);
    }

    /** The limit's amount as the expert reads it, e.g. "1 001,55 € a month", or null when it has none. */
    @Nullable String limitAmount(BenefitLimit limit, Locale locale) {
        if (limit.amount() == null) {
            return null;
        }
        return text("earnings.limit.amount." + limit.kind().name(), locale, money(limit.amount(), locale));
    }

    /** One plain sentence about the watch, e.g. "You have 120,00 € left this month before the limit." */
    String watchMessage(WatchStatus status, Locale locale) {
        String period = text("earnings.watch.period." + (status.kind() == BenefitLimitKind.YEARLY_EARNINGS ? "year" : "month"),
                locale);
        return switch (status.state()) {
            case UNDER -> text("earnings.watch.message.UNDER", locale, money(status.left(), locale), period);
            case AT_LIMIT -> text("earnings.watch.message.AT_LIMIT", locale, period);
            case OVER -> text("earnings.watch.message.OVER", locale, money(status.over(), locale), period);
            case NO_FEES -> text("earnings.watch.message.NO_FEES", locale);
            case HAS_FEES -> text("earnings.watch.message.HAS_FEES", locale, money(status.used(), locale));
            case NEEDS_AMOUNT -> text("earnings.watch.message.NEEDS_AMOUNT", locale);
            case NO_FIGURE -> text("earnings.watch.message.NO_FIGURE", locale);
        };
    }

    /** "Fees this month: 380,00 € of 500,00 € (76 %)", or null when there is no amount to compare with. */
    @Nullable String watchFigures(WatchStatus status, Locale locale) {
        if (status.limit() == null) {
            return null;
        }
        return text("earnings.watch.figures." + (status.kind() == BenefitLimitKind.YEARLY_EARNINGS ? "year" : "month"),
                locale, money(status.used(), locale), money(status.limit(), locale), status.percent());
    }
}
