package fi.valita.experts.web;

import fi.valita.experts.ExperienceArea;
import fi.valita.experts.ExpertFilter;
import fi.valita.experts.ExpertPool;
import fi.valita.experts.ExpertSummary;
import fi.valita.identity.CurrentUser;
import fi.valita.shared.Municipalities;
import fi.valita.shared.Municipality;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * The coordinator's list of their own pool with filters. An htmx request gets only the results;
 * without JavaScript the same address gives the whole page.
 */
@Controller
class PoolListController {

    private final ExpertPool pool;
    private final Municipalities municipalities;
    private final PoolOptions options;

    PoolListController(ExpertPool pool, Municipalities municipalities, PoolOptions options) {
        this.pool = pool;
        this.municipalities = municipalities;
        this.options = options;
    }

    @GetMapping("/experts")
    String listExperts(
            @AuthenticationPrincipal CurrentUser user,
            @ModelAttribute("filters") PoolListForm form,
            @RequestHeader(value = "HX-Request", required = false) @Nullable String htmx,
            @RequestHeader(value = "HX-History-Restore-Request", required = false) @Nullable String historyRestore,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        List<ExperienceArea> areas = pool.areasOf(user).stream().filter(ExperienceArea::active).toList();
        List<String> ignored = new ArrayList<>();
        ExpertFilter filter = filterFrom(form, areas, ignored);
        List<ExpertRow> rows = pool.search(filter, user).stream().map(s -> row(s, locale)).toList();
        model.addAttribute("rows", rows);
        model.addAttribute("ignoredFilters", ignored);
        response.setHeader("Vary", "HX-Request");
        if (htmx != null && !"true".equals(historyRestore)) {
            return "experts/list :: update";
        }
        addChoices(model, areas, locale);
        return "experts/list";
    }

    private ExpertFilter filterFrom(PoolListForm form, List<ExperienceArea> areas, List<String> ignored) {
        return new ExpertFilter(
                kept(form.municipality(), Optional.ofNullable(form.municipality()).filter(municipalities::exists),
                        "pool.list.filter.municipality", ignored),
                kept(form.area(), areaAmong(form.area(), areas), "pool.list.filter.area", ignored),
                kept(form.taskType(), PoolOptions.taskType(form.taskType()), "pool.filter.task-type", ignored),
                kept(form.language(), PoolOptions.language(form.language()), "pool.filter.language", ignored),
                kept(form.trained(), PoolOptions.yesNo(form.trained()), "pool.list.filter.trained", ignored),
                kept(form.onBreak(), PoolOptions.yesNo(form.onBreak()), "pool.list.filter.on-break", ignored),
                PoolOptions.given(form.name()) ? form.name() : null);
    }

    /** The understood value, or null; a given value that was not understood is noted by its label. */
    private static <T> @Nullable T kept(@Nullable String raw, Optional<T> understood, String label, List<String> ignored) {
        if (PoolOptions.given(raw) && understood.isEmpty()) {
            ignored.add(label);
        }
        return understood.orElse(null);
    }

    private static Optional<UUID> areaAmong(@Nullable String value, List<ExperienceArea> areas) {
        return areas.stream().map(ExperienceArea::id).filter(id -> id.toString().equals(value)).findFirst();
    }

    private ExpertRow row(ExpertSummary expert, Locale locale) {
        String municipality = expert.homeMunicipality() == null
                ? null
                : municipalities.byCode(expert.homeMunicipality()).map(m -> m.name(locale)).orElse(null);
        return new ExpertRow(expert.id(), expert.displayName(), municipality,
                options.languageNames(expert.languages(), locale), options.taskTypeNames(expert.taskTypes(), locale),
                expert.trained(), expert.onBreak(), expert.accountActive());
    }

    private void addChoices(Model model, List<ExperienceArea> areas, Locale locale) {
        Map<String, String> municipalityChoices = options.anyFirst(locale);
        for (Municipality m : municipalities.sorted(locale)) {
            municipalityChoices.put(m.code(), m.name(locale));
        }
        Map<String, String> areaChoices = options.anyFirst(locale);
        areas.forEach(a -> areaChoices.put(a.id().toString(), a.name(locale)));
        model.addAttribute("municipalityChoices", municipalityChoices);
        model.addAttribute("areaChoices", areaChoices);
        model.addAttribute("taskTypeChoices", options.taskTypeChoices(locale));
        model.addAttribute("languageChoices", options.languageChoices(locale));
        model.addAttribute("yesNoChoices", options.yesNoChoices(locale));
    }

    /** A row of the list, with names in the user's language. */
    record ExpertRow(
            UUID id,
            String displayName,
            @Nullable String municipality,
            List<String> languages,
            List<String> taskTypes,
            boolean trained,
            boolean onBreak,
            boolean accountActive) {}
}
