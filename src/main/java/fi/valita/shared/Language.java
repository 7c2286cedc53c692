package fi.valita.shared;

import java.util.List;

/** Languages an expert can work in, as ISO 639 codes. Names come from the message bundles. */
public final class Language {

    /** Finnish, Swedish, English, the three Sámi languages of Finland, sign languages and the largest other languages. */
    public static final List<String> CODES = List.of(
            "fi", "sv", "en", "se", "smn", "sms", "fse", "fss", "ru", "et", "uk", "ar", "so", "fa", "ku", "de", "fr", "es");

    private Language() {}

    public static boolean isKnown(String code) {
        return CODES.contains(code);
    }
}
