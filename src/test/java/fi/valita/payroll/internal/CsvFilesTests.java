package fi.valita.payroll.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The CSV dialect: BOM, semicolons, decimal points, quoting and formula neutralising. */
class CsvFilesTests {

    @Test
    void writesUtf8WithBomSemicolonsAndDecimalPoints() {
        var sheet = new Sheet("S", List.of("Nimi", "Summa", "Päivä"),
                List.of(Arrays.asList("Äijä Öljy", new BigDecimal("1234.50"), LocalDate.of(2026, 10, 31)),
                        Arrays.asList(null, new BigDecimal("0.05"), null)));

        byte[] csv = CsvFiles.write(sheet);

        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8))
                .isEqualTo("Nimi;Summa;Päivä\r\nÄijä Öljy;1234.50;2026-10-31\r\n;0.05;\r\n");
    }

    @Test
    void textThatLooksLikeAFormulaIsNeutralised() {
        assertThat(CsvFiles.cell("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(CsvFiles.cell("=1+1")).isEqualTo("'=1+1");
        assertThat(CsvFiles.cell("+358401234567")).isEqualTo("'+358401234567");
        assertThat(CsvFiles.cell("-2+3")).isEqualTo("'-2+3");
        assertThat(CsvFiles.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvFiles.cell("\t=1")).isEqualTo("'\t=1");
        assertThat(CsvFiles.cell("Matti = Meikäläinen")).isEqualTo("Matti = Meikäläinen");
    }

    @Test
    void separatorsQuotesAndLineBreaksAreQuoted() {
        assertThat(CsvFiles.cell("a;b")).isEqualTo("\"a;b\"");
        assertThat(CsvFiles.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(CsvFiles.cell("two\nlines")).isEqualTo("\"two\nlines\"");
    }
}
