package fi.valita.earnings.web;

import fi.valita.earnings.BenefitLimits;
import fi.valita.earnings.LimitLog;
import fi.valita.fees.ParameterChange;
import fi.valita.fees.ParameterChanges;
import fi.valita.identity.CurrentUser;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

/** The log of the changes of the benefit limits as the limits page shows it, and the "why" each change needs. */
@Component
class LimitChanges {

    /** One logged change in the reader's language. */
    record ChangeRow(String when, String who, String limit, String action, @Nullable String oldValue,
            String newValue, String reason) {}

    private final ParameterChanges changes;
    private final BenefitLimits limits;
    private final EarningsWords words;

    LimitChanges(ParameterChanges changes, BenefitLimits limits, EarningsWords words) {
        this.changes = changes;
        this.limits = limits;
        this.words = words;
    }

    /** Tells the reason field when the reason is missing or too long. */
    static void checkReason(@Nullable String reason, BindingResult errors) {
        if (reason == null || reason.isBlank()) {
            errors.rejectValue("reason", "earnings.error.reason");
        } else if (!ParameterChanges.isReason(reason)) {
            errors.rejectValue("reason", "earnings.error.reason-long");
        }
    }

    /** The changes of the limits, newest first. */
    List<ChangeRow> visibleTo(CurrentUser user, Locale locale) {
        Map<String, String> names = new HashMap<>();
        limits.all().forEach(l -> names.putIfAbsent(l.code(), words.limitName(l, locale)));
        return changes.visibleTo(user, ParameterChange.Table.BENEFIT_LIMIT).stream()
                .map(c -> new ChangeRow(words.dateTime(c.changedAt(), locale), c.changedByName(),
                        names.getOrDefault(c.key(), c.key()),
                        words.text("earnings.limits.log.action." + c.action().name(), locale),
                        c.oldValue() == null ? null : readable(c.oldValue(), locale), readable(c.newValue(), locale),
                        c.reason()))
                .toList();
    }

    private String readable(String logged, Locale locale) {
        return ParameterChange.readable(LimitLog.withWords(logged, word -> words.text(
                LimitLog.ANY_FEE.equals(word) ? "earnings.limits.any-fee" : "earnings.limits.personal", locale)),
                locale);
    }
}
