package fi.valita.fees.web;

import fi.valita.fees.FeeParameter;
import fi.valita.fees.FeeParameterTable;
import fi.valita.fees.ParameterChange;
import fi.valita.fees.ParameterChanges;
import fi.valita.identity.CurrentUser;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The model of the parameters page: the national rows, the organisation's own values, the forms the user may
 * use (the national one only for the platform operator) and the change log.
 */
@Component
class ParametersPage {

    static final String PAGE = "fees/parameters";
    static final String OWN_PAGE = "fees/parameter-own";

    /** The rows of one key, newest first, under the key's name in the user's language. */
    record KeyRows(String key, String name, List<ParameterRow> rows) {}

    /** One row as the page shows it. */
    record ParameterRow(UUID id, String key, String value, String from, @Nullable String to, String description) {}

    /** One logged change as the page shows it. */
    record ChangeRow(String when, String who, String parameter, boolean national, String action,
            @Nullable String oldValue, String newValue, String reason) {}

    private final FeeParameterTable table;
    private final ParameterChanges changes;
    private final FeeWords words;
    private final ParameterEndings endings;

    ParametersPage(FeeParameterTable table, ParameterChanges changes, FeeWords words, ParameterEndings endings) {
        this.table = table;
        this.changes = changes;
        this.words = words;
        this.endings = endings;
    }

    /** The page; the forms already in the model (with their errors) are kept. */
    String show(CurrentUser user, Model model, Locale locale) {
        Map<String, List<FeeParameter>> rows = table.rows(user);
        boolean operator = table.changesNationalRows(user);
        model.addAttribute("operator", operator);
        model.addAttribute("endingSoon", endings.soon(locale));
        model.addAttribute("keys", keyRows(rows, locale));
        model.addAttribute("ownKeys", keyRows(table.ownRows(user), locale));
        if (!model.containsAttribute("parameter")) {
            model.addAttribute("parameter", new ParameterForm("", "", "", "", "", ""));
        }
        model.addAttribute("keyChoices", choices(rows, rows.keySet().stream().toList(), locale));
        model.addAttribute("changes", changes.visibleTo(user, ParameterChange.Table.FEE_PARAMETER).stream()
                .map(c -> change(c, locale)).toList());
        return PAGE;
    }

    /** The page of the organisation's own value; the form already in the model (with its errors) is kept. */
    String showOwn(CurrentUser user, Model model, Locale locale) {
        Map<String, List<FeeParameter>> rows = table.rows(user);
        if (!model.containsAttribute("own")) {
            model.addAttribute("own", OwnValueForm.empty());
        }
        model.addAttribute("ownKeyChoices", choices(rows,
                rows.keySet().stream().filter(FeeParameterTable.OWN_KEYS::contains).toList(), locale));
        return OWN_PAGE;
    }

    ParameterRow row(FeeParameter p, Locale locale) {
        return new ParameterRow(p.id(), p.key(), value(p, locale), words.day(p.validFrom(), locale),
                p.validTo() == null ? null : words.day(p.validTo(), locale), description(p, locale));
    }

    /** The key's name in the user's language; a key added later without one shows as it is. */
    String name(String key, Locale locale) {
        return words.parameterName(key, locale);
    }

    private List<KeyRows> keyRows(Map<String, List<FeeParameter>> rows, Locale locale) {
        return rows.entrySet().stream().map(e -> new KeyRows(e.getKey(), name(e.getKey(), locale),
                e.getValue().stream().map(p -> row(p, locale)).toList().reversed())).toList();
    }

    private Map<String, String> choices(Map<String, List<FeeParameter>> rows, List<String> keys, Locale locale) {
        Map<String, String> choices = new LinkedHashMap<>();
        choices.put("", words.text("fees.parameters.choose-key", locale));
        keys.forEach(key -> choices.put(key, name(key, locale) + " (" + unit(rows.get(key).getLast(), locale) + ")"));
        return choices;
    }

    private ChangeRow change(ParameterChange c, Locale locale) {
        return new ChangeRow(words.time(c.changedAt(), locale), c.changedByName(), name(c.key(), locale),
                c.national(), words.text("fees.parameters.log.action." + c.action().name(), locale),
                c.oldValue() == null ? null : ParameterChange.readable(c.oldValue(), locale),
                ParameterChange.readable(c.newValue(), locale), c.reason());
    }

    /** "0,55 € per km", "20 days per year": the value in the unit of its row. */
    private String value(FeeParameter p, Locale locale) {
        String amount = p.valueCents() != null ? words.money(p.money(), locale)
                : words.number(p.valueDecimal() == null ? BigDecimal.ZERO : p.valueDecimal(), locale);
        return words.text("fees.parameters.value", locale, amount, unit(p, locale));
    }

    /** A row the migrations added is described from the bundles; one a person added, as they wrote it. */
    private String description(FeeParameter p, Locale locale) {
        return p.descriptionKey() == null ? p.description() : words.textOr(p.descriptionKey(), p.description(), locale);
    }

    private String unit(FeeParameter p, Locale locale) {
        return words.textOr("fees.parameters.unit." + p.unit(), p.unit(), locale);
    }
}
