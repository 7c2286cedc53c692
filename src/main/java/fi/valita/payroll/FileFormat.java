package fi.valita.payroll;

import java.util.Locale;
import java.util.Optional;

/** The formats of a payroll file. */
public enum FileFormat {
    CSV("text/csv;charset=UTF-8", "csv"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    private final String contentType;
    private final String extension;

    FileFormat(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }

    /** {@code csv} or {@code xlsx}, any case. */
    public static Optional<FileFormat> of(String text) {
        for (FileFormat format : values()) {
            if (format.extension.equals(text.strip().toLowerCase(Locale.ROOT))) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
