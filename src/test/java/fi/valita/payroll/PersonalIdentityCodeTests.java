package fi.valita.payroll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The personal identity code's format, century signs, date and check character. */
class PersonalIdentityCodeTests {

    @Test
    void officialExampleIsValidAndTellsTheBirthDate() {
        var code = PersonalIdentityCode.parse("131052-308T").orElseThrow();

        assertThat(code.value()).isEqualTo("131052-308T");
        assertThat(code.birthDate()).isEqualTo(LocalDate.of(1952, 10, 13));
        assertThat(code.lastFour()).isEqualTo("308T");
        assertThat(code.isArtificial()).isFalse();
    }

    @ParameterizedTest
    @CsvSource({
            "010594Y9032, 1994-05-01", "020594X903P, 1994-05-02", "030594W903B, 1994-05-03",
            "040594V9030, 1994-05-04", "050594U903M, 1994-05-05", "010516B903X, 2016-05-01",
            "020516C903K, 2016-05-02", "010501E9032, 2001-05-01", "020502E902X, 2002-05-02",
            "020503F9037, 2003-05-02", "020504A902E, 2004-05-02", "020504B904H, 2004-05-02"})
    void everyCenturySignIsRead(String text, LocalDate born) {
        var code = PersonalIdentityCode.parse(text);

        assertThat(code).as(text).isPresent();
        assertThat(code.orElseThrow().birthDate()).isEqualTo(born);
        assertThat(code.orElseThrow().isArtificial()).isTrue();
    }

    @Test
    void eighteenHundredsHaveThePlusSign() {
        String code = "010100+903" + PersonalIdentityCode.checkCharacter("010100903");

        assertThat(PersonalIdentityCode.parse(code).orElseThrow().birthDate()).isEqualTo(LocalDate.of(1800, 1, 1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"131052-308U", "131052-309T", "131052-308A", "010594Y9033"})
    void wrongCheckCharacterIsRefused(String text) {
        assertThat(PersonalIdentityCode.parse(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"310252-900", "300223A900", "311152-900", "290223A900", "001052-900", "131352-900"})
    void dayThatDoesNotExistIsRefusedEvenWithTheRightCheckCharacter(String nineAndSign) {
        String digits = nineAndSign.substring(0, 6) + nineAndSign.substring(7, 10);
        String code = nineAndSign + PersonalIdentityCode.checkCharacter(digits);

        assertThat(PersonalIdentityCode.parse(code)).as(code).isEmpty();
    }

    @Test
    void leapDayIsADay() {
        String code = "290224A900" + PersonalIdentityCode.checkCharacter("290224900");

        assertThat(PersonalIdentityCode.parse(code)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "131052308T", "131052-308", "131052Z308T", "13105-2308T", "131052-308TT",
            "1310520308T", "131052-000" + "X", "abcdef-ghij"})
    void wrongFormatIsRefused(String text) {
        assertThat(PersonalIdentityCode.parse(text)).isEmpty();
    }

    @Test
    void individualNumbersZeroAndOneAreNotInUse() {
        assertThat(PersonalIdentityCode.parse("131052-000" + PersonalIdentityCode.checkCharacter("131052000")))
                .isEmpty();
        assertThat(PersonalIdentityCode.parse("131052-001" + PersonalIdentityCode.checkCharacter("131052001")))
                .isEmpty();
    }

    @Test
    void lowerCaseAndSpacesAreForgiven() {
        assertThat(PersonalIdentityCode.parse("  131052-308t \n")).map(PersonalIdentityCode::value)
                .contains("131052-308T");
        assertThat(PersonalIdentityCode.parse("131052 - 308 T")).map(PersonalIdentityCode::value)
                .contains("131052-308T");
        assertThat(PersonalIdentityCode.parse("010516b903x")).map(PersonalIdentityCode::value)
                .contains("010516B903X");
    }

    @Test
    void artificialCodesAreValidAndMarkedSo() {
        var code = PersonalIdentityCode.artificial(LocalDate.of(1985, 4, 12), 954);

        assertThat(PersonalIdentityCode.parse(code.value())).contains(code);
        assertThat(code.isArtificial()).isTrue();
        assertThat(code.birthDate()).isEqualTo(LocalDate.of(1985, 4, 12));
        assertThat(PersonalIdentityCode.artificial(LocalDate.of(2003, 1, 31), 999).value()).contains("A999");
        assertThatThrownBy(() -> PersonalIdentityCode.artificial(LocalDate.of(1985, 4, 12), 308))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theCodeNeverShowsWholeInTextByAccident() {
        var code = PersonalIdentityCode.parse("131052-308T").orElseThrow();

        assertThat(code.toString()).doesNotContain("131052").contains("308T");
        assertThatThrownBy(() -> new PersonalIdentityCode("131052-308U")).isInstanceOf(IllegalArgumentException.class)
                .message().doesNotContain("131052");
    }
}
