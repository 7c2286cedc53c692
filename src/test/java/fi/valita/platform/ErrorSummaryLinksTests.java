package fi.valita.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ErrorSummaryLinksTests {

    @Test
    void aLinkSaysTheFieldsLabelAndThenTheMessageAsOneSentence() {
        assertThat(ErrorSummaryLinks.withLabel("Kunta", "Valitse kunta listasta."))
                .isEqualTo("Kunta: valitse kunta listasta.");
        assertThat(ErrorSummaryLinks.withLabel("Hours worked", " Write the hours as a number. "))
                .isEqualTo("Hours worked: write the hours as a number.");
    }

    @Test
    void anAbbreviationAtTheStartOfTheMessageKeepsItsCapitals() {
        assertThat(ErrorSummaryLinks.withLabel("Tilinumero", "IBAN-tilinumero on väärin."))
                .isEqualTo("Tilinumero: IBAN-tilinumero on väärin.");
    }

    @Test
    void aLabelThatAsksAQuestionIsFollowedByTheMessageAsItIs() {
        assertThat(ErrorSummaryLinks.withLabel("Mihin kuitti oli?", "Valitse yksi."))
                .isEqualTo("Mihin kuitti oli? Valitse yksi.");
    }
}
