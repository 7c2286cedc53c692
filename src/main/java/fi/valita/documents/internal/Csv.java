package fi.valita.documents.internal;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * CSV as spreadsheet programs in Finland open it: UTF-8 with a byte order mark (so that ä, ö, å and € survive),
 * {@code ;} between cells, decimal commas in Finnish and Swedish, CRLF line ends. Text that a spreadsheet would
 * run as a formula ({@code =}, {@code +}, {@code -}, {@code @}, tab, carriage return first) gets a leading
 * apostrophe, so a request title can never become a formula.
 */
public final class Csv {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private Csv() {}

    public static byte[] of(Sheet sheet, Locale locale) {
        StringBuilder out = new StringBuilder();
        line(out, sheet.header().stream().map(h -> (Object) h).toList(), locale);
        sheet.rows().forEach(row -> line(out, row, locale));
        var bytes = new ByteArrayOutputStream();
        bytes.writeBytes(BOM);
        bytes.writeBytes(out.toString().getBytes(StandardCharsets.UTF_8));
        return bytes.toByteArray();
    }

    private static void line(StringBuilder out, List<@Nullable Object> cells, Locale locale) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(';');
            }
            out.append(cell(cells.get(i), locale));
        }
        out.append("\r\n");
    }

    static String cell(@Nullable Object value, Locale locale) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal number) {
            String plain = number.toPlainString();
            return "en".equals(locale.getLanguage()) ? plain : plain.replace('.', ',');
        }
        if (value instanceof LocalDate day) {
            return day.toString();
        }
        return quoted(safe(value.toString()));
    }

    /** Text a spreadsheet would read as a formula, made plain text. */
    static String safe(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }

    private static String quoted(String text) {
        if (text.contains(";") || text.contains("\"") || text.contains("\n") || text.contains("\r")
                || text.startsWith(" ") || text.endsWith(" ")) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
