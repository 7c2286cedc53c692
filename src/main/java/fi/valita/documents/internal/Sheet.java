package fi.valita.documents.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A table to download as CSV or XLSX: a header row and rows of cells. A cell is text, an amount or quantity
 * ({@link BigDecimal}), a day ({@link LocalDate}) or empty (null).
 */
public record Sheet(String name, List<String> header, List<List<@Nullable Object>> rows) {

    public Sheet {
        header = List.copyOf(header);
        rows = rows.stream().map(r -> java.util.Collections.unmodifiableList(new ArrayList<>(r))).toList();
    }

    /** Cells of one row; null for an empty cell. */
    public static List<@Nullable Object> row(@Nullable Object... cells) {
        return java.util.Arrays.asList(cells);
    }

    static boolean isAmount(@Nullable Object cell) {
        return cell instanceof BigDecimal;
    }
}
