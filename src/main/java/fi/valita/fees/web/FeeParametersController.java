package fi.valita.fees.web;

import fi.valita.fees.FeeParameter;
import fi.valita.fees.FeeParameterTable;
import fi.valita.identity.CurrentUser;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's page of the dated fee parameters: the tax-free rates and the volunteers' caps,
 * each with its periods; a value for a new period; the last day of a row.
 */
@Controller
class FeeParametersController {

    private static final String PAGE = "fees/parameters";
    private static final String END_PAGE = "fees/parameter-end";

    private final FeeParameterTable table;
    private final FeeWords words;
    private final ParameterEndings endings;

    FeeParametersController(FeeParameterTable table, FeeWords words, ParameterEndings endings) {
        this.table = table;
        this.words = words;
        this.endings = endings;
    }

    /** The rows of one key, newest first, under the key's name in the user's language. */
    record KeyRows(String key, String name, List<ParameterRow> rows) {}

    /** One row as the page shows it. */
    record ParameterRow(UUID id, String key, String value, String from, @Nullable String to, String description) {}

    @GetMapping("/admin/fee-parameters")
    String showParameters(@AuthenticationPrincipal CurrentUser user, Model model, Locale locale) {
        model.addAttribute("parameter", new ParameterForm("", "", "", "", ""));
        return page(table.rows(user), model, locale);
    }

    @PostMapping("/admin/fee-parameters")
    String addRow(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("parameter") ParameterForm form,
            BindingResult errors, Model model, Locale locale, RedirectAttributes redirect) {
        Map<String, List<FeeParameter>> rows = table.rows(user);
        var row = form.read(rows, errors);
        if (row.isEmpty()) {
            return page(rows, model, locale);
        }
        var r = row.get();
        try {
            table.add(r.key(), r.valueCents(), r.valueDecimal(), r.validFrom(), r.validTo(), r.description(), user);
        } catch (DataIntegrityViolationException overlap) {
            errors.rejectValue("validFrom", "fees.parameters.error.overlap");
            return page(rows, model, locale);
        }
        redirect.addFlashAttribute("added", true);
        return "redirect:/admin/fee-parameters";
    }

    @GetMapping("/admin/fee-parameters/{id}/end")
    String showEnd(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model, Locale locale) {
        FeeParameter row = table.row(id, user);
        model.addAttribute("end", new EndForm(row.validTo() == null ? "" : row.validTo().toString()));
        return endPage(row, model, locale);
    }

    @PostMapping("/admin/fee-parameters/{id}/end")
    String endRow(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
            @ModelAttribute("end") EndForm form, BindingResult errors, Model model, Locale locale,
            RedirectAttributes redirect) {
        FeeParameter row = table.row(id, user);
        LocalDate last = form.read(row.validFrom(), errors);
        if (last == null) {
            return endPage(row, model, locale);
        }
        try {
            table.end(id, last, user);
        } catch (DataIntegrityViolationException overlap) {
            errors.rejectValue("validTo", "fees.parameters.error.overlap");
            return endPage(row, model, locale);
        }
        redirect.addFlashAttribute("ended", true);
        return "redirect:/admin/fee-parameters";
    }

    private String page(Map<String, List<FeeParameter>> rows, Model model, Locale locale) {
        model.addAttribute("endingSoon", endings.soon(locale));
        model.addAttribute("keys", rows.entrySet().stream().map(e -> new KeyRows(e.getKey(), name(e.getKey(), locale),
                e.getValue().stream().map(p -> row(p, locale)).toList().reversed())).toList());
        Map<String, String> keyChoices = new LinkedHashMap<>();
        keyChoices.put("", words.text("fees.parameters.choose-key", locale));
        rows.forEach((key, list) -> keyChoices.put(key, name(key, locale) + " (" + unit(list.getLast(), locale) + ")"));
        model.addAttribute("keyChoices", keyChoices);
        return PAGE;
    }

    private String endPage(FeeParameter row, Model model, Locale locale) {
        model.addAttribute("row", row(row, locale));
        model.addAttribute("name", name(row.key(), locale));
        return END_PAGE;
    }

    private ParameterRow row(FeeParameter p, Locale locale) {
        return new ParameterRow(p.id(), p.key(), value(p, locale), words.day(p.validFrom(), locale),
                p.validTo() == null ? null : words.day(p.validTo(), locale), description(p, locale));
    }

    /** "0,55 € per km", "20 days per year": the value in the unit of its row. */
    private String value(FeeParameter p, Locale locale) {
        String amount = p.valueCents() != null ? words.money(p.money(), locale)
                : words.number(p.valueDecimal() == null ? BigDecimal.ZERO : p.valueDecimal(), locale);
        return words.text("fees.parameters.value", locale, amount, unit(p, locale));
    }

    /** A row the migrations added is described from the bundles; one an administrator added, as they wrote it. */
    private String description(FeeParameter p, Locale locale) {
        return p.descriptionKey() == null ? p.description() : words.textOr(p.descriptionKey(), p.description(), locale);
    }

    /** The key's name in the user's language; a key added later without one shows as it is. */
    private String name(String key, Locale locale) {
        return words.parameterName(key, locale);
    }

    private String unit(FeeParameter p, Locale locale) {
        return words.textOr("fees.parameters.unit." + p.unit(), p.unit(), locale);
    }
}
