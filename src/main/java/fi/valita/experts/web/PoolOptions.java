package fi.valita.experts.web;

import fi.valita.experts.TaskType;
import fi.valita.shared.Language;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Names of task types and languages in the user's language (the experts bundle's names, shared with
 * the profile pages), the choices of the pool pages' filters, and the lenient reading of filter values.
 */
@Component
class PoolOptions {

    private final MessageSource messages;

    PoolOptions(MessageSource messages) {
        this.messages = messages;
    }

    String taskTypeName(TaskType type, Locale locale) {
        return messages.getMessage("experts.task." + type.name(), null, locale);
    }

    String languageName(String code, Locale locale) {
        return messages.getMessage("experts.language." + code, null, code, locale);
    }

    /** The task types in their fixed order, named. */
    List<String> taskTypeNames(Collection<TaskType> types, Locale locale) {
        return types.stream().sorted().map(t -> taskTypeName(t, locale)).toList();
    }

    /** The languages in the order of {@link Language#CODES} (Finnish, Swedish, English first), named. */
    List<String> languageNames(Collection<String> codes, Locale locale) {
        return codes.stream()
                .sorted((a, b) -> Integer.compare(order(a), order(b)))
                .map(c -> languageName(c, locale))
                .toList();
    }

    Map<String, String> taskTypeChoices(Locale locale) {
        Map<String, String> choices = anyFirst(locale);
        for (TaskType type : TaskType.values()) {
            choices.put(type.name(), taskTypeName(type, locale));
        }
        return choices;
    }

    Map<String, String> languageChoices(Locale locale) {
        Map<String, String> choices = anyFirst(locale);
        Language.CODES.forEach(code -> choices.put(code, languageName(code, locale)));
        return choices;
    }

    Map<String, String> yesNoChoices(Locale locale) {
        Map<String, String> choices = anyFirst(locale);
        choices.put("true", messages.getMessage("form.yes", null, locale));
        choices.put("false", messages.getMessage("form.no", null, locale));
        return choices;
    }

    /** An empty map whose first choice, the empty value, means "any". */
    Map<String, String> anyFirst(Locale locale) {
        Map<String, String> choices = new LinkedHashMap<>();
        choices.put("", messages.getMessage("pool.filter.any", null, locale));
        return choices;
    }

    /** Empty means "any"; an unknown value is empty too, but reported. */
    static Optional<TaskType> taskType(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        for (TaskType type : TaskType.values()) {
            if (type.name().equals(value)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    static Optional<String> language(@Nullable String value) {
        return value != null && Language.isKnown(value) ? Optional.of(value) : Optional.empty();
    }

    static Optional<Boolean> yesNo(@Nullable String value) {
        if ("true".equals(value)) {
            return Optional.of(true);
        }
        return "false".equals(value) ? Optional.of(false) : Optional.empty();
    }

    static boolean given(@Nullable String value) {
        return value != null && !value.isBlank();
    }

    private static int order(String code) {
        int at = Language.CODES.indexOf(code);
        return at < 0 ? Integer.MAX_VALUE : at;
    }
}
