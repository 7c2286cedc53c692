package fi.valita.experts;

import java.util.Locale;
import java.util.UUID;

/** An entry of a pool's controlled, editable vocabulary of lived-experience areas. */
public record ExperienceArea(
        UUID id, UUID organisationId, String code, String nameFi, String nameSv, String nameEn, boolean active, int sortOrder) {

    public String name(Locale locale) {
        return switch (locale.getLanguage()) {
            case "sv" -> nameSv;
            case "en" -> nameEn;
            default -> nameFi;
        };
    }
}
