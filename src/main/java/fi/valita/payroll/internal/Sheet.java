package fi.valita.payroll.internal;

import java.util.List;

/**
 * A table to write as CSV or XLSX: a header row, then rows whose cells are {@code String},
 * {@link java.math.BigDecimal} (amounts and quantities), {@link java.time.LocalDate} or null (empty).
 */
public record Sheet(String name, List<String> headers, List<List<Object>> rows) {}
