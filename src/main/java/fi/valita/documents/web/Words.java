package fi.valita.documents.web;

import fi.valita.documents.Agreement;
import fi.valita.experts.TaskType;
import fi.valita.fees.FeeLineKind;
import fi.valita.fees.Rate;
import fi.valita.fees.RateKind;
import fi.valita.requests.FeeBasis;
import fi.valita.shared.Dates;
import fi.valita.shared.Money;
import fi.valita.shared.Municipalities;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

/**
 * Amounts, days, months and kinds in the reader's language, for the pages and the PDFs alike (templates call
 * it as {@code ${words.money(…)}}). Times are shown in Europe/Helsinki.
 */
final class Words {

    static final ZoneId HELSINKI = Dates.HELSINKI;

    private final MessageSource messages;
    private final Municipalities municipalities;
    private final Locale locale;

    Words(MessageSource messages, Municipalities municipalities, Locale locale) {
        this.messages = messages;
        this.municipalities = municipalities;
        this.locale = locale;
    }

    public String money(Money amount) {
        return amount.format(locale);
    }

    /** Hours or another quantity, with up to two decimals; empty for none. */
    public String quantity(@Nullable BigDecimal value) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(0);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    public String day(LocalDate day) {
        return Dates.date(day, locale);
    }

    public String time(Instant at) {
        return Dates.weekdayDateTime(at, locale);
    }

    /** A month as written inside a sentence, e.g. "huhtikuu 2026". */
    public String month(YearMonth month) {
        return Dates.month(month, locale);
    }

    /** A month as a heading, e.g. "Huhtikuu 2026". */
    public String monthHeading(YearMonth month) {
        String text = month(month);
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(locale) + text.substring(1);
    }

    /** What a fee line pays; a kind without its own text shows its code rather than failing. */
    public String kind(FeeLineKind kind) {
        String text = messages.getMessage("documents.kind." + kind.name(), null, null, locale);
        return text != null ? text : text("documents.kind.other", kind.name());
    }

    public String task(TaskType task) {
        return text("experts.task." + task.name());
    }

    /** The place of the work: a municipality, or remote; never an address or anything about the people there. */
    public String place(Agreement a) {
        String place = a.municipalityCode() == null ? null
                : municipalities.byCode(a.municipalityCode()).map(m -> m.name(locale)).orElse(null);
        if (a.remote()) {
            return place == null ? text("documents.place.remote") : text("documents.place.remote-or", place);
        }
        return place == null ? "–" : place;
    }

    /** When the work is: a fixed time, or a window of days to agree on. */
    public String when(Agreement a) {
        if (a.startsAt() != null && a.endsAt() != null) {
            return Dates.span(a.startsAt(), a.endsAt(), locale);
        }
        return text("documents.when.window", a.windowFrom() == null ? "–" : day(a.windowFrom()),
                a.windowTo() == null ? "–" : day(a.windowTo()));
    }

    /** A part of the agreement's wording, in the template version the agreement was made with. */
    public String term(Agreement a, String part, Object... args) {
        return text("documents.agreement." + a.templateVersion() + "." + part, args);
    }

    /** The agreement's fee in sentences: the rate or the agreed sum, its preparation and minimum, when it is paid. */
    public List<String> fee(Agreement a) {
        List<String> sentences = new ArrayList<>();
        Rate rate = a.rate();
        if (a.feeBasis() == FeeBasis.AGREED_SUM && a.agreedSum() != null) {
            sentences.add(term(a, "fee.AGREED_SUM", money(a.agreedSum())));
        } else if (rate == null) {
            sentences.add(term(a, "fee.no-rate"));
        } else {
            sentences.add(term(a, "fee." + rate.kind().name(), money(rate.amount())));
            if (rate.kind() == RateKind.PER_HOUR && rate.preparationMinutes() > 0) {
                sentences.add(term(a, "fee.preparation", rate.preparationMinutes()));
            }
            if (rate.kind() == RateKind.PER_HOUR && rate.minimumMinutes() > 0) {
                sentences.add(term(a, "fee.minimum", rate.minimumMinutes()));
            }
        }
        sentences.add(term(a, "fee.paid-after"));
        return sentences;
    }

    /** The agreement's sentence on the kilometre allowance: the day's rate, or the year's when none is set. */
    public String kmAllowance(Agreement a) {
        return a.kmAllowancePerKm() == null ? term(a, "expenses.km-unset")
                : term(a, "expenses.km", money(a.kmAllowancePerKm()));
    }

    public String text(String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    public Locale locale() {
        return locale;
    }
}
