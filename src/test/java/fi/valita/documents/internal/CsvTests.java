package fi.valita.documents.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** CSV that Finnish spreadsheets open right and that can never run a formula someone typed into a title. */
class CsvTests {

    private static final Locale FINNISH = Locale.of("fi");

    @Test
    void textThatASpreadsheetWouldRunAsAFormulaIsMadePlainText() {
        for (String formula : List.of("=HYPERLINK(\"http://evil.example\")", "+1+1", "-2+3", "@SUM(A1)", "\tTab",
                "\rReturn")) {
            assertThat(Csv.cell(formula, FINNISH)).as(formula).matches("(?s)\"?'.*").doesNotStartWith(formula);
        }
        assertThat(Csv.cell("Talk = fun", FINNISH)).isEqualTo("Talk = fun");
    }

    @Test
    void amountsAreNumbersWithTheLanguagesDecimalMarkAndNeverGuarded() {
        assertThat(Csv.cell(new BigDecimal("-12.50"), FINNISH)).isEqualTo("-12,50");
        assertThat(Csv.cell(new BigDecimal("1250.00"), Locale.ENGLISH)).isEqualTo("1250.00");
        assertThat(Csv.cell(LocalDate.of(2026, 4, 3), FINNISH)).isEqualTo("2026-04-03");
        assertThat(Csv.cell(null, FINNISH)).isEmpty();
    }

    @Test
    void cellsWithSeparatorsQuotesOrLineBreaksAreQuoted() {
        assertThat(Csv.cell("Koulu; Oulu", FINNISH)).isEqualTo("\"Koulu; Oulu\"");
        assertThat(Csv.cell("The \"best\" talk", FINNISH)).isEqualTo("\"The \"\"best\"\" talk\"");
        assertThat(Csv.cell("Two\nlines", FINNISH)).isEqualTo("\"Two\nlines\"");
    }

    @Test
    void fileStartsWithAByteOrderMarkAndKeepsFinnishLettersAndEuros() {
        var sheet = new Sheet("Huhtikuu", List.of("Työ", "Summa €"),
                List.of(Sheet.row("Kärsämäen Åkerö", new BigDecimal("5.80"))));

        byte[] csv = Csv.of(sheet, FINNISH);

        assertThat(csv).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        assertThat(new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8))
                .isEqualTo("Työ;Summa €\r\nKärsämäen Åkerö;5,80\r\n");
    }
}
