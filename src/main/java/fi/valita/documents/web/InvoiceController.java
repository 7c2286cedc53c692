package fi.valita.documents.web;

import fi.valita.documents.Invoice;
import fi.valita.documents.InvoiceSummary;
import fi.valita.documents.Invoices;
import fi.valita.documents.internal.Csv;
import fi.valita.documents.internal.Pdf;
import fi.valita.documents.internal.Xlsx;
import fi.valita.identity.CurrentUser;
import fi.valita.shared.Money;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Invoice summaries for the pool's coordinators: the month per requester organisation, and one as CSV, XLSX, PDF. */
@Controller
class InvoiceController {

    private final Invoices invoices;
    private final InvoiceSheets sheets;
    private final Pdf pdf;
    private final WordsFactory words;
    private final Clock clock;

    InvoiceController(Invoices invoices, InvoiceSheets sheets, Pdf pdf, WordsFactory words, Clock clock) {
        this.invoices = invoices;
        this.sheets = sheets;
        this.pdf = pdf;
        this.words = words;
        this.clock = clock;
    }

    @GetMapping("/coordinator/invoices")
    String listInvoices(@AuthenticationPrincipal CurrentUser coordinator,
            @RequestParam(required = false) @Nullable String month, Model model, Locale locale) {
        YearMonth shown = Months.parse(month, clock);
        List<InvoiceSummary> summaries = invoices.summaries(shown, coordinator);
        model.addAttribute("summaries", summaries);
        model.addAttribute("total", summaries.stream().map(InvoiceSummary::total).reduce(Money.ZERO, Money::plus));
        addMonth(model, shown, locale);
        return "documents/invoices";
    }

    @GetMapping("/coordinator/invoices/{organisationId}")
    String showInvoice(@AuthenticationPrincipal CurrentUser coordinator, @PathVariable UUID organisationId,
            @RequestParam(required = false) @Nullable String month, Model model, Locale locale) {
        YearMonth shown = Months.parse(month, clock);
        model.addAttribute("invoice", invoices.invoice(organisationId, shown, coordinator));
        addMonth(model, shown, locale);
        return "documents/invoice";
    }

    @GetMapping(path = "/coordinator/invoices/{organisationId}", params = "format=csv")
    ResponseEntity<byte[]> downloadCsv(@AuthenticationPrincipal CurrentUser coordinator,
            @PathVariable UUID organisationId, @RequestParam(required = false) @Nullable String month, Locale locale) {
        Invoice invoice = invoices.invoice(organisationId, Months.parse(month, clock), coordinator);
        return Downloads.file(Csv.of(sheets.of(invoice, locale), locale), Downloads.CSV, fileName(invoice, "csv"));
    }

    @GetMapping(path = "/coordinator/invoices/{organisationId}", params = "format=xlsx")
    ResponseEntity<byte[]> downloadXlsx(@AuthenticationPrincipal CurrentUser coordinator,
            @PathVariable UUID organisationId, @RequestParam(required = false) @Nullable String month, Locale locale) {
        Invoice invoice = invoices.invoice(organisationId, Months.parse(month, clock), coordinator);
        return Downloads.file(Xlsx.of(sheets.of(invoice, locale)), Downloads.XLSX, fileName(invoice, "xlsx"));
    }

    @GetMapping(path = "/coordinator/invoices/{organisationId}", params = "format=pdf")
    ResponseEntity<byte[]> downloadPdf(@AuthenticationPrincipal CurrentUser coordinator,
            @PathVariable UUID organisationId, @RequestParam(required = false) @Nullable String month, Locale locale) {
        Invoice invoice = invoices.invoice(organisationId, Months.parse(month, clock), coordinator);
        byte[] file = pdf.render("documents/pdf/invoice", Map.of("invoice", invoice, "words", words.in(locale)), locale);
        return Downloads.pdf(file, fileName(invoice, "pdf"));
    }

    private void addMonth(Model model, YearMonth month, Locale locale) {
        model.addAttribute("month", month);
        model.addAttribute("previousMonth", month.minusMonths(1));
        model.addAttribute("nextMonth", month.plusMonths(1));
        model.addAttribute("words", words.in(locale));
    }

    private static String fileName(Invoice invoice, String extension) {
        return "valita-" + invoice.month() + "-" + Downloads.slug(invoice.requester().name()) + "." + extension;
    }
}
