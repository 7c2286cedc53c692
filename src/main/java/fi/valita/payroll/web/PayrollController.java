package fi.valita.payroll.web;

import fi.valita.identity.CurrentUser;
import fi.valita.identity.Identity;
import fi.valita.identity.UserAccount;
import fi.valita.payroll.FileFormat;
import fi.valita.payroll.PayrollExport;
import fi.valita.payroll.PayeePreview;
import fi.valita.payroll.Payroll;
import fi.valita.payroll.PayrollFile;
import fi.valita.payroll.PayrollNotFound;
import fi.valita.payroll.PayrollPeriod;
import fi.valita.payroll.PayrollPermissions;
import fi.valita.payroll.PayrollPreview;
import fi.valita.payroll.PayrollRefused;
import fi.valita.payroll.PersonalIdentityCode;
import fi.valita.shared.Dates;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The payroll page, for holders of the payroll permission: a period's preview, making its batch, the
 * batches with their files and the mark for paid. A whole identity code shows only on an explicit,
 * logged request.
 */
@Controller
class PayrollController {

    /** A batch in the list, with the name of who made it. */
    record ExportRow(PayrollExport export, String madeByName) {}

    private final Payroll payroll;
    private final PayrollPermissions permissions;
    private final Identity identity;
    private final MessageSource messages;
    private final Clock clock;

    PayrollController(Payroll payroll, PayrollPermissions permissions, Identity identity, MessageSource messages,
            Clock clock) {
        this.payroll = payroll;
        this.permissions = permissions;
        this.identity = identity;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/coordinator/payroll")
    String showPayroll(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("period") PeriodForm form,
            BindingResult errors, Model model, Locale locale) {
        permissions.require(user);
        PeriodForm shown = form.isEmpty() ? PeriodForm.of(PayrollPeriod.lastMonth(LocalDate.now(clock))) : form;
        return page(user, shown, model, locale, Map.of());
    }

    @PostMapping("/coordinator/payroll/reveal")
    String revealCode(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("period") PeriodForm form,
            @RequestParam String expertId, Model model, Locale locale) {
        permissions.require(user);
        UUID expert = uuid(expertId);
        String code = payroll.revealCode(user, expert).map(PersonalIdentityCode::value)
                .orElseGet(() -> messages.getMessage("payroll.preview.code.none", null, locale));
        return page(user, form, model, locale, Map.of(expert, code));
    }

    @PostMapping("/coordinator/payroll/exports")
    String makeExport(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("period") PeriodForm form,
            BindingResult errors, Model model, Locale locale, RedirectAttributes redirect) {
        permissions.require(user);
        PayrollPeriod period = form.period(errors);
        if (period != null) {
            try {
                PayrollExport made = payroll.makeExport(user, period);
                redirect.addFlashAttribute("made", made);
                return "redirect:" + pageUrl(form);
            } catch (PayrollRefused refused) {
                errors.rejectValue(refused.field(), refused.messageKey());
            }
        }
        return render(user, form, errors, model, locale, Map.of());
    }

    @GetMapping("/coordinator/payroll/exports/{id}/{format}")
    ResponseEntity<byte[]> download(@AuthenticationPrincipal CurrentUser user, @PathVariable String id,
            @PathVariable String format, Locale locale) {
        permissions.require(user);
        FileFormat fileFormat = FileFormat.of(format).orElseThrow(() -> PayrollNotFound.export(uuid(id)));
        return attachment(payroll.file(user, uuid(id), fileFormat, locale));
    }

    @PostMapping("/coordinator/payroll/exports/{id}/paid")
    String markPaid(@AuthenticationPrincipal CurrentUser user, @PathVariable String id,
            @RequestParam(required = false) @Nullable String paidOn, @ModelAttribute("period") PeriodForm form,
            Model model, Locale locale, RedirectAttributes redirect) {
        permissions.require(user);
        UUID exportId = uuid(id);
        payroll.export(user, exportId);
        String error = "payroll.error.date";
        LocalDate day = Dates.parseDate(paidOn).orElse(null);
        try {
            if (day != null) {
                payroll.markPaid(user, exportId, day);
                redirect.addFlashAttribute("paid", exportId);
                return "redirect:" + pageUrl(form);
            }
        } catch (PayrollRefused refused) {
            error = refused.messageKey();
        }
        model.addAttribute("paidError", Map.of("exportId", exportId, "message", error, "paidOn",
                paidOn == null ? "" : paidOn));
        return page(user, form, model, locale, Map.of());
    }

    static ResponseEntity<byte[]> attachment(PayrollFile file) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.format().contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(file.fileName()).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(file.content());
    }

    private String page(CurrentUser user, PeriodForm form, Model model, Locale locale, Map<UUID, String> revealed) {
        var errors = new BeanPropertyBindingResult(form, "period");
        return render(user, form, errors, model, locale, revealed);
    }

    private String render(CurrentUser user, PeriodForm form, BindingResult errors, Model model, Locale locale,
            Map<UUID, String> revealed) {
        PayrollPeriod period = errors.hasErrors() ? null : form.period(errors);
        model.addAttribute("period", form);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "period", errors);
        PayrollPreview preview = period == null ? null : payroll.preview(user, period);
        model.addAttribute("preview", preview);
        model.addAttribute("kindLabels", preview == null ? Map.of() : kindLabels(preview, locale));
        model.addAttribute("revealed", revealed);
        model.addAttribute("exports", exportRows(user));
        model.addAttribute("today", LocalDate.now(clock));
        return "payroll/payroll";
    }

    private List<ExportRow> exportRows(CurrentUser user) {
        Map<UUID, String> names = new HashMap<>();
        return payroll.exports(user).stream().map(e -> new ExportRow(e, names.computeIfAbsent(e.madeBy(),
                by -> identity.account(by).map(UserAccount::displayName).orElse("?")))).toList();
    }

    private Map<String, String> kindLabels(PayrollPreview preview, Locale locale) {
        Map<String, String> labels = new HashMap<>();
        for (PayeePreview payee : preview.payees()) {
            for (var kind : payee.reimbursements()) {
                labels.put(kind.kind(), label(kind.kind(), locale));
            }
            for (var kind : payee.withoutIncomeType()) {
                labels.put(kind.kind(), label(kind.kind(), locale));
            }
        }
        return labels;
    }

    private String label(String kind, Locale locale) {
        return messages.getMessage("payroll.kind." + kind, null, kind, locale);
    }

    private static String pageUrl(PeriodForm form) {
        return UriComponentsBuilder.fromPath("/coordinator/payroll")
                .queryParam("from", form.from())
                .queryParam("to", form.to())
                .queryParam("paymentDate", form.paymentDate())
                .encode().build().toUriString();
    }

    private static UUID uuid(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw PayrollNotFound.person(new UUID(0, 0));
        }
    }
}
