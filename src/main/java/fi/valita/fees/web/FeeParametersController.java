package fi.valita.fees.web;

import fi.valita.fees.FeeParameter;
import fi.valita.fees.FeeParameterRefused;
import fi.valita.fees.FeeParameterTable;
import fi.valita.identity.CurrentUser;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
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
 * The page of the dated fee parameters: the national tax-free rates and caps, each with its periods, which only
 * the platform operator changes; the organisation's own lower values, which its admin keeps; the last day of a
 * row; and the log of every change with its reason.
 */
@Controller
class FeeParametersController {

    private static final String END_PAGE = "fees/parameter-end";

    private final FeeParameterTable table;
    private final ParametersPage page;

    FeeParametersController(FeeParameterTable table, ParametersPage page) {
        this.table = table;
        this.page = page;
    }

    @GetMapping("/admin/fee-parameters")
    String showParameters(@AuthenticationPrincipal CurrentUser user, Model model, Locale locale) {
        return page.show(user, model, locale);
    }

    @PostMapping("/admin/fee-parameters")
    String addRow(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("parameter") ParameterForm form,
            BindingResult errors, Model model, Locale locale, RedirectAttributes redirect) {
        if (!table.changesNationalRows(user)) {
            throw new AccessDeniedException("Only the platform operator changes national values");
        }
        var row = form.read(table.rows(user), errors);
        if (row.isEmpty()) {
            return page.show(user, model, locale);
        }
        var r = row.get();
        try {
            table.add(r.key(), r.valueCents(), r.valueDecimal(), r.validFrom(), r.validTo(), r.description(),
                    r.reason(), user);
        } catch (DataIntegrityViolationException overlap) {
            errors.rejectValue("validFrom", "fees.parameters.error.overlap");
            return page.show(user, model, locale);
        }
        redirect.addFlashAttribute("added", true);
        return "redirect:/admin/fee-parameters";
    }

    @GetMapping("/admin/fee-parameters/own")
    String showOwnValue(@AuthenticationPrincipal CurrentUser user, Model model, Locale locale) {
        return page.showOwn(user, model, locale);
    }

    @PostMapping("/admin/fee-parameters/own")
    String addOwnValue(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("own") OwnValueForm form,
            BindingResult errors, Model model, Locale locale, RedirectAttributes redirect) {
        var value = form.read(errors);
        if (value.isEmpty()) {
            return page.showOwn(user, model, locale);
        }
        var v = value.get();
        try {
            table.addOwn(v.key(), v.valueCents(), v.validFrom(), v.validTo(), v.reason(), user);
        } catch (FeeParameterRefused refused) {
            errors.rejectValue(refused.field(), refused.messageKey(), refused.arguments().stream()
                    .map(a -> a instanceof fi.valita.shared.Money m ? m.format(locale) : a).toArray(), null);
            return page.showOwn(user, model, locale);
        } catch (DataIntegrityViolationException overlap) {
            errors.rejectValue("validFrom", "fees.parameters.error.overlap");
            return page.showOwn(user, model, locale);
        }
        redirect.addFlashAttribute("added", true);
        return "redirect:/admin/fee-parameters";
    }

    @GetMapping("/admin/fee-parameters/{id}/end")
    String showEnd(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model, Locale locale) {
        FeeParameter row = endable(id, user);
        model.addAttribute("end", new ParameterEndForm(row.validTo() == null ? "" : row.validTo().toString(), ""));
        return endPage(row, model, locale);
    }

    @PostMapping("/admin/fee-parameters/{id}/end")
    String endRow(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
            @ModelAttribute("end") ParameterEndForm form, BindingResult errors, Model model, Locale locale,
            RedirectAttributes redirect) {
        FeeParameter row = endable(id, user);
        LocalDate last = form.read(row.validFrom(), errors);
        if (last == null || form.reason() == null) {
            return endPage(row, model, locale);
        }
        try {
            table.end(id, last, form.reason(), user);
        } catch (DataIntegrityViolationException overlap) {
            errors.rejectValue("validTo", "fees.parameters.error.overlap");
            return endPage(row, model, locale);
        }
        redirect.addFlashAttribute("ended", true);
        return "redirect:/admin/fee-parameters";
    }

    /** The row, if the user may end it: a national one only for the platform operator. */
    private FeeParameter endable(UUID id, CurrentUser user) {
        FeeParameter row = table.row(id, user);
        if (row.national() && !table.changesNationalRows(user)) {
            throw new AccessDeniedException("Only the platform operator changes national values");
        }
        return row;
    }

    private String endPage(FeeParameter row, Model model, Locale locale) {
        model.addAttribute("row", page.row(row, locale));
        model.addAttribute("name", page.name(row.key(), locale));
        model.addAttribute("national", row.national());
        return END_PAGE;
    }
}
