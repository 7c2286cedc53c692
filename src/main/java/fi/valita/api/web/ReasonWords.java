package fi.valita.api.web;

import fi.valita.experts.ExperienceArea;
import fi.valita.matching.Reason;
import fi.valita.shared.Dates;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Reasons of the ranking in words, as the candidates page shows them: the reason's message code with its
 * arguments, a term as its own message, an area by the pool's name for it, a day in the language's date
 * format. Any reason code of the matching bundle is put into words the same way, new ones too.
 */
@Component
class ReasonWords {

    /** @param code the message code of the reason, stable for programs; {@code text} says it in the caller's language */
    @Schema(name = "Reason")
    record ReasonJson(String code, String text) {}

    private final MessageSource messages;

    ReasonWords(MessageSource messages) {
        this.messages = messages;
    }

    List<ReasonJson> of(List<Reason> reasons, Map<UUID, ExperienceArea> areas, Locale locale) {
        return reasons.stream().map(r -> new ReasonJson(r.code(), text(r, areas, locale))).toList();
    }

    private String text(Reason reason, Map<UUID, ExperienceArea> areas, Locale locale) {
        Object[] args = reason.args().stream().map(arg -> argument(arg, areas, locale)).toArray();
        return messages.getMessage(reason.code(), args, reason.code(), locale);
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
