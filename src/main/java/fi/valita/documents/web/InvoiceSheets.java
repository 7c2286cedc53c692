package fi.valita.documents.web;

import fi.valita.documents.Invoice;
import fi.valita.documents.InvoiceLine;
import fi.valita.documents.internal.Sheet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** An invoice summary as a table for CSV and XLSX: one row per assignment (with its unit, if any), then the totals. */
@Component
class InvoiceSheets {

    private final WordsFactory wordsFactory;

    InvoiceSheets(WordsFactory wordsFactory) {
        this.wordsFactory = wordsFactory;
    }

    /**
     * The unit of each line follows the request when the organisation's work has units (so that it can be counted
     * per unit); the columns of an organisation without units stay as they were.
     */
    Sheet of(Invoice invoice, Locale locale) {
        Words words = wordsFactory.in(locale);
        boolean units = invoice.hasUnits();
        List<String> columns = new ArrayList<>(List.of("work-date", "request", "expert", "task", "quantity", "fee", "km",
                "other-expenses", "total"));
        if (units) {
            columns.add(2, "unit");
        }
        List<String> header = columns.stream().map(column -> words.text("documents.invoice.column." + column)).toList();
        List<List<@Nullable Object>> rows = new ArrayList<>();
        for (InvoiceLine line : invoice.lines()) {
            List<@Nullable Object> row = new ArrayList<>(Sheet.row(line.workDate(), line.requestTitle(),
                    line.expertName(), words.task(line.taskType()), line.quantity(), line.fee().euros(),
                    line.kmAllowance().euros(), line.otherExpenses().euros(), line.total().euros()));
            if (units) {
                row.add(2, line.unit());
            }
            rows.add(row);
        }
        List<@Nullable Object> totals = new ArrayList<>(Sheet.row(null, words.text("documents.invoice.total"), null,
                null, null, invoice.fees().euros(), invoice.kmAllowances().euros(), invoice.otherExpenses().euros(),
                invoice.total().euros()));
        if (units) {
            totals.add(2, null);
        }
        rows.add(totals);
        return new Sheet(invoice.month().toString(), header, rows);
    }
}
