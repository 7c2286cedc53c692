package fi.valita.api.web;

import fi.valita.experts.ExperienceArea;
import fi.valita.experts.ExpertFilter;
import fi.valita.experts.ExpertPool;
import fi.valita.experts.TaskType;
import fi.valita.identity.CurrentUser;
import fi.valita.shared.Language;
import fi.valita.shared.Municipalities;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The pool's experts for its coordinators (and admins), as the expert list and profile pages show them.
 * Opening a profile is written to the expert's access log like opening the page; an expert of another
 * organisation answers 404.
 */
@RestController
@RequestMapping(value = "/api/v1/experts", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Experts", description = "The pool's experts, for its coordinators")
class ApiExpertsController {

    private final ExpertPool pool;
    private final Municipalities municipalities;

    ApiExpertsController(ExpertPool pool, Municipalities municipalities) {
        this.pool = pool;
        this.municipalities = municipalities;
    }

    @GetMapping
    @Operation(summary = "The experts of your pool, filtered as on the expert list page, a page at a time",
            description = "Ordered by name (regardless of case), then id. Follow next until it is null.")
    ExpertListJson listExperts(@AuthenticationPrincipal CurrentUser user,
            @Parameter(description = "Home municipality code, e.g. 091")
            @RequestParam(required = false) @Nullable String municipality,
            @Parameter(description = "A lived-experience area of the pool (id) the expert shares for matching")
            @RequestParam(required = false) @Nullable String area,
            @RequestParam(required = false) @Nullable TaskType taskType,
            @Parameter(description = "ISO 639 code, e.g. sv") @RequestParam(required = false) @Nullable String language,
            @Parameter(description = "true: only the trained; false: only the not trained")
            @RequestParam(required = false) @Nullable Boolean trained,
            @Parameter(description = "true: only those on a break; false: only those not on a break")
            @RequestParam(required = false) @Nullable Boolean onBreak,
            @Parameter(description = "A part of the name") @RequestParam(required = false) @Nullable String name,
            @Parameter(description = "Rows per page, 1–" + ExpertPages.MAX_LIMIT + "; " + ExpertPages.DEFAULT_LIMIT
                    + " when left out") @RequestParam(required = false) @Nullable Integer limit,
            @Parameter(description = "next of the previous page") @RequestParam(required = false) @Nullable String cursor,
            @Parameter(in = ParameterIn.HEADER, name = HttpHeaders.ACCEPT_LANGUAGE,
                    description = ApiLanguage.HEADER_DESCRIPTION)
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) @Nullable String acceptLanguage) {
        var invalid = new InvalidInput.Collector();
        var filter = new ExpertFilter(municipality(given(municipality), invalid), area(given(area), user, invalid),
                taskType, language(given(language), invalid), trained, onBreak, given(name));
        int rows = limit == null ? ExpertPages.DEFAULT_LIMIT : limit;
        if (rows < 1 || rows > ExpertPages.MAX_LIMIT) {
            invalid.reject("limit", "Must be from 1 to " + ExpertPages.MAX_LIMIT + ".");
        }
        String from = given(cursor);
        ExpertPages.Key after = from == null ? null : ExpertPages.Key.ofCursor(from).orElse(null);
        if (from != null && after == null) {
            invalid.reject("cursor", "Not a cursor of this list: send next of the previous page as it is.");
        }
        invalid.throwIfAny();
        Locale locale = ApiLanguage.of(acceptLanguage);
        var page = ExpertPages.page(pool.search(filter, user), after, rows);
        return new ExpertListJson(page.rows().stream().map(s -> ExpertListJson.Row.of(s, municipalities, locale)).toList(),
                page.next());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One expert's profile as the profile page shows it; logged as a look at the profile")
    ExpertProfileJson getExpert(@AuthenticationPrincipal CurrentUser user, @PathVariable String id,
            @Parameter(in = ParameterIn.HEADER, name = HttpHeaders.ACCEPT_LANGUAGE,
                    description = ApiLanguage.HEADER_DESCRIPTION)
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) @Nullable String acceptLanguage) {
        var profile = pool.profile(OpaqueIds.inPath(id, "expert"), user);
        return ExpertProfileJson.of(profile, pool.areasOf(user), municipalities, ApiLanguage.of(acceptLanguage));
    }

    /** A parameter left empty counts as left out, as on the page. */
    private static @Nullable String given(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private @Nullable String municipality(@Nullable String code, InvalidInput.Collector invalid) {
        if (code != null && !municipalities.exists(code)) {
            invalid.reject("municipality", "Not a municipality code, e.g. 091 for Helsinki.");
            return null;
        }
        return code;
    }

    private @Nullable UUID area(@Nullable String id, CurrentUser user, InvalidInput.Collector invalid) {
        if (id == null) {
            return null;
        }
        List<UUID> areas = pool.areasOf(user).stream().filter(ExperienceArea::active).map(ExperienceArea::id).toList();
        UUID area = OpaqueIds.read(id).filter(areas::contains).orElse(null);
        if (area == null) {
            invalid.reject("area", "Not an experience area of the pool.");
        }
        return area;
    }

    private static @Nullable String language(@Nullable String code, InvalidInput.Collector invalid) {
        if (code != null && !Language.isKnown(code)) {
            invalid.reject("language", "Not a language code of the pool, e.g. fi, sv, en or se.");
            return null;
        }
        return code;
    }
}
