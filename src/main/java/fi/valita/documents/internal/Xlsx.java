package fi.valita.documents.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jspecify.annotations.Nullable;

/**
 * An XLSX workbook of one sheet: a bold header, amounts as numbers with two decimals, days as dates. Text is
 * written as text, never as a formula.
 */
public final class Xlsx {

    private Xlsx() {}

    public static byte[] of(Sheet sheet) {
        var out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "Valita", "1.0");
            Worksheet ws = workbook.newWorksheet(sheetName(sheet.name()));
            List<String> header = sheet.header();
            for (int c = 0; c < header.size(); c++) {
                ws.value(0, c, header.get(c));
                ws.style(0, c).bold().set();
            }
            for (int c = 0; c < header.size(); c++) {
                ws.width(c, width(sheet, c));
            }
            for (int r = 0; r < sheet.rows().size(); r++) {
                List<@Nullable Object> row = sheet.rows().get(r);
                for (int c = 0; c < row.size(); c++) {
                    cell(ws, r + 1, c, row.get(c));
                }
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void cell(Worksheet ws, int r, int c, @Nullable Object value) {
        if (value instanceof BigDecimal number) {
            ws.value(r, c, number);
            ws.style(r, c).format("#,##0.00").set();
        } else if (value instanceof LocalDate day) {
            ws.value(r, c, day);
            ws.style(r, c).format("d.m.yyyy").set();
        } else if (value != null) {
            ws.value(r, c, value.toString());
        }
    }

    /** Wide enough for the column's longest text, within reason. */
    private static double width(Sheet sheet, int column) {
        int longest = sheet.header().get(column).length();
        for (List<@Nullable Object> row : sheet.rows()) {
            if (column < row.size() && row.get(column) instanceof String text) {
                longest = Math.max(longest, text.length());
            }
        }
        return Math.clamp(longest + 2, 12, 50);
    }

    /** Excel allows 31 characters and none of {@code []:*?/\}. */
    private static String sheetName(String name) {
        String clean = name.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
        if (clean.isEmpty()) {
            return "Sheet1";
        }
        return clean.length() > 31 ? clean.substring(0, 31) : clean;
    }
}
