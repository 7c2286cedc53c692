package fi.valita.fees.web;

import fi.valita.fees.CapUse;
import fi.valita.fees.ExpenseLine;
import fi.valita.fees.ExpenseRefused;
import fi.valita.fees.ExpenseType;
import fi.valita.fees.Expenses;
import fi.valita.fees.ExpensesOfWork;
import fi.valita.fees.FeeLineKind;
import fi.valita.fees.FeeLineStatus;
import fi.valita.fees.ReceiptFile;
import fi.valita.identity.CurrentUser;
import fi.valita.identity.Role;
import fi.valita.shared.Dates;
import fi.valita.shared.Money;
import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The expenses of an assignment for its expert and the pool's coordinators: receipts (with a file) and daily
 * allowances added as drafts, taking back one's own draft, and downloading a receipt.
 */
@Controller
class ExpenseController {


    private final Expenses expenses;

    ExpenseController(Expenses expenses) {
        this.expenses = expenses;
    }

    record ReceiptForm(@Nullable String amount, @Nullable String type, @Nullable String description,
            @Nullable MultipartFile file) {}

    record AllowanceForm(@Nullable String length, @Nullable String date, @Nullable String capAccepted) {

        boolean accepted() {
            return "true".equals(capAccepted);
        }
    }

    /** One line as the page shows it. */
    record ExpenseRow(UUID id, String whatKey, @Nullable String description, String day, String amount,
            FeeLineStatus status, @Nullable String note, boolean hasReceipt, boolean removable) {}

    @GetMapping("/assignments/{id}/expenses")
    String showExpenses(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model,
            Locale locale) {
        return page(user, id, model, locale);
    }

    @PostMapping("/assignments/{id}/expenses/receipts")
    String addReceipt(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable UUID id,
            @ModelAttribute("receiptForm") ReceiptForm form,
            BindingResult errors,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        Money amount = amount(form.amount(), errors);
        ExpenseType type = choice(form.type(), true);
        if (type == null) {
            errors.rejectValue("type", "expenses.error.type-missing");
        }
        if (form.description() != null && form.description().strip().length() > Expenses.MAX_DESCRIPTION) {
            errors.rejectValue("description", "expenses.error.description-long");
        }
        ReceiptFile file = file(form.file(), errors);
        if (errors.hasErrors() || amount == null || type == null) {
            return page(user, id, model, locale);
        }
        try {
            expenses.addReceipt(id, amount, type, form.description(), file, user);
        } catch (ExpenseRefused refused) {
            reject(refused, errors);
            return page(user, id, model, locale);
        }
        redirect.addFlashAttribute("done", "receipt-added");
        return "redirect:/assignments/" + id + "/expenses";
    }

    @PostMapping("/assignments/{id}/expenses/daily-allowances")
    String addDailyAllowance(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable UUID id,
            @ModelAttribute("allowanceForm") AllowanceForm form,
            BindingResult errors,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        ExpenseType length = choice(form.length(), false);
        if (length == null) {
            errors.rejectValue("length", "expenses.error.length-missing");
        }
        LocalDate day = day(form.date());
        if (day == null) {
            errors.rejectValue("date", "expenses.error.date-format");
        } else if (!expenses.of(id, user).allowanceDay(day)) {
            reject(ExpenseRefused.dayOutsideWork(), errors);
        }
        if (errors.hasErrors() || length == null || day == null) {
            return page(user, id, model, locale);
        }
        try {
            expenses.addDailyAllowance(id, length, day, form.accepted(), user);
        } catch (ExpenseRefused refused) {
            reject(refused, errors);
            return page(user, id, model, locale);
        }
        redirect.addFlashAttribute("done", "allowance-added");
        return "redirect:/assignments/" + id + "/expenses";
    }

    @PostMapping("/assignments/{id}/expenses/{lineId}/remove")
    String removeExpense(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID lineId,
            RedirectAttributes redirect) {
        expenses.remove(id, lineId, user);
        redirect.addFlashAttribute("done", "removed");
        return "redirect:/assignments/" + id + "/expenses";
    }

    @GetMapping("/assignments/{id}/expenses/{lineId}/receipt")
    ResponseEntity<byte[]> downloadReceipt(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
            @PathVariable UUID lineId) {
        ReceiptFile file = expenses.receipt(id, lineId, user);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(file.fileName()).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.noStore())
                .body(file.bytes());
    }

    private String page(CurrentUser user, UUID id, Model model, Locale locale) {
        ExpensesOfWork work = expenses.of(id, user);
        model.addAttribute("work", work);
        model.addAttribute("rows", work.lines().stream().map(line -> row(line, user, locale)).toList());
        model.addAttribute("theExpert", user.is(Role.EXPERT));
        model.addAttribute("receiptTypes", choices(ExpenseType.RECEIPTS.stream()
                .filter(work.pay().receipts()::contains).collect(java.util.stream.Collectors.toCollection(
                        () -> java.util.EnumSet.noneOf(ExpenseType.class)))));
        model.addAttribute("lengths", choices(ExpenseType.DAYS));
        model.addAttribute("dayCap", work.caps().stream()
                .filter(c -> c.kind() == CapUse.Cap.DAILY_ALLOWANCE_DAYS).findFirst().orElse(null));
        addIfMissing(model, "receiptForm", new ReceiptForm(null, null, null, null));
        addIfMissing(model, "allowanceForm", new AllowanceForm(null, work.lastAllowanceDay().toString(), null));
        return "fees/expenses";
    }

    private static ExpenseRow row(ExpenseLine line, CurrentUser user, Locale locale) {
        String what = line.type() != null ? "expenses.type." + line.type() : "expenses.kind." + line.kind();
        return new ExpenseRow(line.id(), what, line.description(), Dates.date(line.workDate(), locale),
                line.total().format(locale), line.status(), line.note(),
                line.hasReceipt() && line.kind() == FeeLineKind.RECEIPT, line.removableBy(user.id()));
    }

    private static @Nullable Money amount(@Nullable String text, BindingResult errors) {
        if (text == null || text.isBlank()) {
            errors.rejectValue("amount", "expenses.error.amount-missing");
            return null;
        }
        Money amount = Money.parseAmount(text).orElse(null);
        if (amount == null) {
            errors.rejectValue("amount", "expenses.error.amount-format");
        } else if (amount.cents() <= 0 || amount.cents() > Expenses.MAX_RECEIPT_CENTS) {
            errors.rejectValue("amount", "expenses.error.amount-range");
        }
        return amount;
    }

    /** The file, if one was chosen and it is a receipt Välitä keeps; else a message next to the field. */
    private static @Nullable ReceiptFile file(@Nullable MultipartFile upload, BindingResult errors) {
        if (upload == null || upload.isEmpty()) {
            return null;
        }
        if (upload.getSize() > ReceiptFile.MAX_BYTES) {
            errors.rejectValue("file", "expenses.error.file-too-big");
            return null;
        }
        try {
            return ReceiptFile.of(upload.getBytes());
        } catch (ExpenseRefused refused) {
            reject(refused, errors);
        } catch (IOException e) {
            errors.rejectValue("file", "expenses.error.file-type");
        }
        return null;
    }

    /** A receipt type or a day's length chosen on the form; null for anything the form does not offer. */
    private static @Nullable ExpenseType choice(@Nullable String value, boolean receipt) {
        for (ExpenseType type : receipt ? ExpenseType.RECEIPTS : ExpenseType.DAYS) {
            if (type.name().equals(value)) {
                return type;
            }
        }
        return null;
    }

    /** The browser's date field sends 2026-12-01; typed by hand it may be 1.12.2026. */
    private static @Nullable LocalDate day(@Nullable String text) {
        return Dates.parseDate(text).orElse(null);
    }

    private static Map<String, String> choices(java.util.Set<ExpenseType> types) {
        Map<String, String> keys = new LinkedHashMap<>();
        types.forEach(type -> keys.put(type.name(), "expenses.type." + type));
        return keys;
    }

    private static void reject(ExpenseRefused refused, BindingResult errors) {
        if (refused.field() != null) {
            errors.rejectValue(refused.field(), refused.messageKey());
        } else {
            errors.reject(refused.messageKey());
        }
    }

    private static void addIfMissing(Model model, String name, Object value) {
        if (!model.containsAttribute(name)) {
            model.addAttribute(name, value);
        }
    }
}
