package fi.valita.payroll.internal;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * CSV as spreadsheet programs in Finland open it: UTF-8 with a byte order mark, cells separated by
 * semicolons, amounts with a decimal point, dates as 2026-10-31. A text cell that starts like a
 * formula is neutralised with a leading apostrophe, so that opening the file runs nothing.
 */
public final class CsvFiles {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private CsvFiles() {}

    public static byte[] write(Sheet sheet) {
        var out = new ByteArrayOutputStream();
        out.writeBytes(BOM);
        out.writeBytes(line(List.copyOf(sheet.headers())).getBytes(StandardCharsets.UTF_8));
        for (List<Object> row : sheet.rows()) {
            out.writeBytes(line(row).getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    private static String line(List<?> cells) {
        return cells.stream().map(CsvFiles::cell).collect(Collectors.joining(";")) + "\r\n";
    }

    static String cell(Object value) {
        String text = switch (value) {
            case null -> "";
            case BigDecimal number -> number.toPlainString();
            case LocalDate date -> date.toString();
            default -> neutralised(value.toString());
        };
        if (text.contains(";") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }

    /** A text that a spreadsheet would read as a formula, or as the start of one, gets a leading apostrophe. */
    public static String neutralised(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }
}
