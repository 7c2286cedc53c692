package fi.valita.documents.web;

import fi.valita.documents.Invoice;
import fi.valita.documents.InvoiceLine;
import fi.valita.documents.internal.Sheet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** An invoice summary as a table for CSV and XLSX: one row per assignment, then the totals. */
@Component
class InvoiceSheets {

    private final WordsFactory wordsFactory;

    InvoiceSheets(WordsFactory wordsFactory) {
        this.wordsFactory = wordsFactory;
    }

    Sheet of(Invoice invoice, Locale locale) {
        Words words = wordsFactory.in(locale);
        List<String> header = List.of("work-date", "request", "expert", "task", "quantity", "fee", "km",
                        "other-expenses", "total").stream()
                .map(column -> words.text("documents.invoice.column." + column))
                .toList();
        List<List<@Nullable Object>> rows = new ArrayList<>();
        for (InvoiceLine line : invoice.lines()) {
            rows.add(Sheet.row(line.workDate(), line.requestTitle(), line.expertName(), words.task(line.taskType()),
                    line.quantity(), line.fee().euros(), line.kmAllowance().euros(), line.otherExpenses().euros(),
                    line.total().euros()));
        }
        rows.add(Sheet.row(null, words.text("documents.invoice.total"), null, null, null, invoice.fees().euros(),
                invoice.kmAllowances().euros(), invoice.otherExpenses().euros(), invoice.total().euros()));
        return new Sheet(invoice.month().toString(), header, rows);
    }
}
