package fi.valita.experts.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A new or renamed lived-experience area.
 *
 * @param code only when adding; if empty, it is made from the English name (checked by the vocabulary)
 */
record ExperienceAreaForm(
        @Nullable String code,
        @NotBlank @Size(min = 2, max = 100) String nameFi,
        @NotBlank @Size(min = 2, max = 100) String nameSv,
        @NotBlank @Size(min = 2, max = 100) String nameEn) {

    static ExperienceAreaForm empty() {
        return new ExperienceAreaForm("", "", "", "");
    }
}
