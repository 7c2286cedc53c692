package fi.valita.experts.web;

import fi.valita.shared.Language;
import fi.valita.shared.Municipalities;
import fi.valita.shared.Municipality;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The choices the profile forms offer, with their names in the user's language. */
@Component
class ProfileOptions {

    private final Municipalities municipalities;
    private final MessageSource messages;

    ProfileOptions(Municipalities municipalities, MessageSource messages) {
        this.municipalities = municipalities;
        this.messages = messages;
    }

    /** Every municipality by its name in Finnish or Swedish, after a "not chosen" choice. */
    Map<String, String> municipalities(Locale locale) {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("", messages.getMessage("experts.contact.municipality.none", null, locale));
        for (Municipality m : municipalities.sorted(locale)) {
            options.put(m.code(), m.name(locale));
        }
        return options;
    }

    @Nullable String municipalityName(@Nullable String code, Locale locale) {
        return code == null ? null : municipalities.byCode(code).map(m -> m.name(locale)).orElse(code);
    }

    /** The languages an expert can work in, in the fixed order of {@link Language#CODES}. */
    Map<String, String> languages(Locale locale) {
        Map<String, String> options = new LinkedHashMap<>();
        for (String code : Language.CODES) {
            options.put(code, messages.getMessage("experts.language." + code, null, code, locale));
        }
        return options;
    }
}
