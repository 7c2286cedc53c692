package fi.valita.payroll.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** The same table as an Excel workbook: numbers as numbers with two decimals, dates as dates. */
public final class XlsxFiles {

    private XlsxFiles() {}

    public static byte[] write(Sheet sheet) {
        var out = new ByteArrayOutputStream();
        try {
            var workbook = new Workbook(out, "Valita", "1.0");
            Worksheet ws = workbook.newWorksheet(sheet.name());
            List<String> headers = sheet.headers();
            for (int c = 0; c < headers.size(); c++) {
                ws.value(0, c, headers.get(c));
                ws.style(0, c).bold().set();
            }
            int r = 1;
            for (List<Object> row : sheet.rows()) {
                for (int c = 0; c < row.size(); c++) {
                    cell(ws, r, c, row.get(c));
                }
                r++;
            }
            ws.freezePane(0, 1);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void cell(Worksheet ws, int r, int c, Object value) {
        switch (value) {
            case null -> { }
            case BigDecimal number -> {
                ws.value(r, c, number);
                ws.style(r, c).format("0.00").set();
            }
            case LocalDate date -> {
                ws.value(r, c, date);
                ws.style(r, c).format("d.m.yyyy").set();
            }
            default -> ws.value(r, c, CsvFiles.neutralised(value.toString()));
        }
    }
}
