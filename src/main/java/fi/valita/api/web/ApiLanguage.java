package fi.valita.api.web;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The language of texts meant for people in an API answer (reasons, names), from the call's
 * {@code Accept-Language}: Finnish, Swedish or English, and English when none of them is asked for, as
 * the API's own messages are.
 */
final class ApiLanguage {

    static final String HEADER_DESCRIPTION =
            "The language of texts for people in the answer: fi, sv or en (the default), e.g. fi or sv;q=0.9, en;q=0.8";

    private static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.of("fi"), Locale.of("sv"));

    private ApiLanguage() {}

    static Locale of(@Nullable String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Locale.ENGLISH;
        }
        try {
            Locale match = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), SUPPORTED);
            return match != null ? match : Locale.ENGLISH;
        } catch (IllegalArgumentException malformed) {
            return Locale.ENGLISH;
        }
    }
}
