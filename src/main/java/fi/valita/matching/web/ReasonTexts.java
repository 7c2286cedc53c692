package fi.valita.matching.web;

import fi.valita.experts.ExperienceArea;
import fi.valita.matching.Reason;
import fi.valita.shared.Dates;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Puts reasons into words in the user's language: message codes from the bundles, areas from the pool's vocabulary. */
@Component
class ReasonTexts {

    private final MessageSource messages;

    ReasonTexts(MessageSource messages) {
        this.messages = messages;
    }

    List<String> texts(List<Reason> reasons, Map<UUID, ExperienceArea> areas, Locale locale) {
        return reasons.stream().map(r -> text(r, areas, locale)).toList();
    }

    String text(Reason reason, Map<UUID, ExperienceArea> areas, Locale locale) {
        Object[] args = reason.args().stream().map(arg -> argument(arg, areas, locale)).toArray();
        return messages.getMessage(reason.code(), args, locale);
    }

    String message(String code, Locale locale, Object... args) {
        return messages.getMessage(code, args, locale);
    }

    private Object argument(Object arg, Map<UUID, ExperienceArea> areas, Locale locale) {
        return switch (arg) {
            case Reason.Term term -> messages.getMessage(term.code(), null, term.code(), locale);
            case Reason.Area area -> areas.containsKey(area.id()) ? areas.get(area.id()).name(locale) : "–";
            case LocalDate day -> Dates.date(day, locale);
            default -> arg;
        };
    }
}
