package fi.valita.api.web;

import fi.valita.experts.ExpertSummary;
import fi.valita.experts.TaskType;
import fi.valita.shared.Language;
import fi.valita.shared.Municipalities;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** A page of the coordinator's expert list, and where the next page is. */
@Schema(name = "ExpertList")
record ExpertListJson(
        List<Row> experts,
        @Schema(description = "The cursor of the next page, to send as cursor=…; null on the last page")
        @Nullable String next) {

    /** A row as the expert list page shows it, with codes for programs and the municipality's name. */
    @Schema(name = "ExpertListRow")
    record Row(
            String id,
            String displayName,
            @Nullable String homeMunicipalityCode,
            @Schema(description = "The home municipality's name in the language of Accept-Language (fi or sv)")
            @Nullable String homeMunicipality,
            @Schema(description = "ISO 639 codes, e.g. fi, sv, se") List<String> languages,
            List<TaskType> taskTypes,
            @Schema(description = "Has a valid expert-by-experience training") boolean trained,
            @Schema(description = "On a break today") boolean onBreak,
            @Schema(description = "The expert's account is in use") boolean accountActive) {

        static Row of(ExpertSummary s, Municipalities municipalities, Locale locale) {
            return new Row(OpaqueIds.of(s.id()), s.displayName(), s.homeMunicipality(),
                    municipalityName(s.homeMunicipality(), municipalities, locale), inLanguageOrder(s.languages()),
                    s.taskTypes().stream().sorted().toList(), s.trained(), s.onBreak(), s.accountActive());
        }
    }

    /** Languages in the order the pages list them (Finnish, Swedish, English, the Sámi languages…). */
    static List<String> inLanguageOrder(Collection<String> codes) {
        return codes.stream()
                .sorted(Comparator.comparingInt((String c) -> Language.CODES.contains(c) ? Language.CODES.indexOf(c)
                        : Integer.MAX_VALUE).thenComparing(c -> c))
                .toList();
    }

    static @Nullable String municipalityName(@Nullable String code, Municipalities municipalities, Locale locale) {
        return code == null ? null : municipalities.byCode(code).map(m -> m.name(locale)).orElse(null);
    }
}
