package fi.valita.fees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** A receipt file is what its first bytes say, a PDF, JPEG or PNG, and at most 5 MB. */
class ReceiptFileTests {

    static final byte[] PDF = "%PDF-1.7\n%âãÏÓ\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1);
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F'};
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};

    @Test
    void pdfJpegAndPngAreKnownByTheirFirstBytes() {
        assertThat(ReceiptFile.of(PDF).contentType()).isEqualTo("application/pdf");
        assertThat(ReceiptFile.of(JPEG).contentType()).isEqualTo("image/jpeg");
        assertThat(ReceiptFile.of(PNG).contentType()).isEqualTo("image/png");
        assertThat(ReceiptFile.of(PNG).fileName()).isEqualTo("receipt.png");
    }

    @Test
    void aWebPageOrAProgramIsRefusedWhateverItIsCalled() {
        for (byte[] notAReceipt : new byte[][] {
                "<html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8),
                "MZ\u0090\u0000".getBytes(StandardCharsets.ISO_8859_1),
                "GIF89a".getBytes(StandardCharsets.US_ASCII),
                "%PD".getBytes(StandardCharsets.US_ASCII),
                new byte[0]}) {
            assertThatThrownBy(() -> ReceiptFile.of(notAReceipt)).isInstanceOf(ExpenseRefused.class)
                    .extracting("messageKey", "field").containsExactly("expenses.error.file-type", "file");
        }
    }

    @Test
    void fiveMegabytesIsTheMost() {
        byte[] atTheLimit = Arrays.copyOf(PDF, ReceiptFile.MAX_BYTES);
        byte[] overTheLimit = Arrays.copyOf(PDF, ReceiptFile.MAX_BYTES + 1);

        assertThat(ReceiptFile.of(atTheLimit).bytes()).hasSize(5 * 1024 * 1024);
        assertThatThrownBy(() -> ReceiptFile.of(overTheLimit)).isInstanceOf(ExpenseRefused.class)
                .extracting("messageKey").isEqualTo("expenses.error.file-too-big");
    }

    @Test
    void theTypeCannotBeClaimedOtherThanTheBytesSay() {
        assertThatThrownBy(() -> new ReceiptFile("application/pdf", PNG)).isInstanceOf(ExpenseRefused.class);
        assertThatThrownBy(() -> new ReceiptFile("text/html", "<html>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ExpenseRefused.class);
    }
}
