package fi.valita.payroll;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Bank account numbers: the mod-97 check, the Finnish length, how people type them. */
class IbanTests {

    @Test
    void finnishExampleIsValidAndPrintedInGroups() {
        var iban = Iban.parse("FI21 1234 5600 0007 85").orElseThrow();

        assertThat(iban.value()).isEqualTo("FI2112345600000785");
        assertThat(iban.grouped()).isEqualTo("FI21 1234 5600 0007 85");
        assertThat(iban.lastFour()).isEqualTo("0785");
        assertThat(iban.toString()).doesNotContain("12345600");
    }

    @ParameterizedTest
    @ValueSource(strings = {"fi2112345600000785", " FI21 1234 5600 0007 85 ", "DE89370400440532013000",
            "SE4550000000058398257466"})
    void validAccountsAreRead(String text) {
        assertThat(Iban.parse(text)).as(text).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"FI2112345600000786", "FI2212345600000785", "FI211234560000078", "FI21123456000007850",
            "DE89370400440532013001", "", "FI", "2112345600000785FI", "FI21-1234-5600-0007-85"})
    void wrongAccountsAreRefused(String text) {
        assertThat(Iban.parse(text)).as(text).isEmpty();
    }
}
