package fi.valita.fees;

import java.util.Arrays;
import java.util.Optional;

/**
 * A receipt's scan or photo: a PDF, JPEG or PNG of at most {@link #MAX_BYTES}. The type is read from the
 * file's first bytes, never from its name or from what the browser says.
 */
public record ReceiptFile(String contentType, byte[] bytes) {

    public static final int MAX_BYTES = 5 * 1024 * 1024;

    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    /** Only a PDF, JPEG or PNG of at most {@link #MAX_BYTES}, of the type its first bytes show. */
    public ReceiptFile {
        if (bytes.length > MAX_BYTES) {
            throw ExpenseRefused.fileTooBig();
        }
        if (!typeOf(bytes).map(contentType::equals).orElse(false)) {
            throw ExpenseRefused.fileType();
        }
    }

    /**
     * The receipt, if the bytes are one.
     *
     * @throws ExpenseRefused when the file is too big or not a PDF, JPEG or PNG
     */
    public static ReceiptFile of(byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw ExpenseRefused.fileTooBig();
        }
        return new ReceiptFile(typeOf(bytes).orElseThrow(ExpenseRefused::fileType), bytes);
    }

    /** The content type the first bytes show, if it is one Välitä keeps. */
    public static Optional<String> typeOf(byte[] bytes) {
        if (startsWith(bytes, PDF)) {
            return Optional.of("application/pdf");
        }
        if (startsWith(bytes, JPEG)) {
            return Optional.of("image/jpeg");
        }
        if (startsWith(bytes, PNG)) {
            return Optional.of("image/png");
        }
        return Optional.empty();
    }

    /** A name for the download that says nothing but what it is. */
    public String fileName() {
        return switch (contentType) {
            case "application/pdf" -> "receipt.pdf";
            case "image/jpeg" -> "receipt.jpg";
            default -> "receipt.png";
        };
    }

    private static boolean startsWith(byte[] bytes, byte[] magic) {
        return bytes.length >= magic.length && Arrays.equals(bytes, 0, magic.length, magic, 0, magic.length);
    }

    @Override
    public boolean equals(@org.jspecify.annotations.Nullable Object other) {
        return other instanceof ReceiptFile r && r.contentType.equals(contentType) && Arrays.equals(r.bytes, bytes);
    }

    @Override
    public int hashCode() {
        return 31 * contentType.hashCode() + Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "ReceiptFile[" + contentType + ", " + bytes.length + " bytes]";
    }
}
