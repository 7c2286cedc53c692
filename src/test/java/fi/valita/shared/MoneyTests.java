package fi.valita.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Euros in whole cents: parsing what people type, rounding to the cent, writing it in each language. */
class MoneyTests {

    @Test
    void readsAmountsAsFinnsSwedesAndEnglishSpeakersTypeThem() {
        assertThat(Money.parse("12,50")).isEqualTo(Money.ofCents(1250));
        assertThat(Money.parse("12.50")).isEqualTo(Money.ofCents(1250));
        assertThat(Money.parse("1 250,00 €")).isEqualTo(Money.ofCents(125_000));
        assertThat(Money.parse("1\u00a0250,00\u00a0€")).isEqualTo(Money.ofCents(125_000));
        assertThat(Money.parse("€1,250.00")).isEqualTo(Money.ofCents(125_000));
        assertThat(Money.parse("1.250,5")).isEqualTo(Money.ofCents(125_050));
        assertThat(Money.parse("20")).isEqualTo(Money.ofCents(2000));
        assertThat(Money.parse("0,1")).isEqualTo(Money.ofCents(10));
    }

    @Test
    void refusesWhatIsNotAnAmount() {
        assertThatIllegalArgumentException().isThrownBy(() -> Money.parse("12,505"));
        assertThatIllegalArgumentException().isThrownBy(() -> Money.parse("twelve"));
        assertThatIllegalArgumentException().isThrownBy(() -> Money.parse(""));
        assertThatIllegalArgumentException().isThrownBy(() -> Money.parse("1e3"));
    }

    @Test
    void twoAndAHalfHoursAtTwentyEurosIsFiftyEuros() {
        assertThat(Money.parse("20,00").times(new BigDecimal("2.5"))).isEqualTo(Money.ofCents(5000));
    }

    @Test
    void fractionsOfACentRoundHalfUp() {
        assertThat(Money.parse("20,00").times(new BigDecimal("1.333"))).isEqualTo(Money.ofCents(2666));
        assertThat(Money.ofCents(1).times(new BigDecimal("0.5"))).isEqualTo(Money.ofCents(1));
        assertThat(Money.ofCents(1).times(new BigDecimal("0.49"))).isEqualTo(Money.ZERO);
        assertThat(Money.parse("19,99").times(new BigDecimal("1.333"))).isEqualTo(Money.ofCents(2665));
    }

    @Test
    void sumsThatFloatingPointGetsWrongAreExact() {
        // 0.1 + 0.2 != 0.3 in double arithmetic; in cents it is.
        assertThat(Money.parse("0,10").plus(Money.parse("0,20"))).isEqualTo(Money.parse("0,30"));
        Money total = Money.ZERO;
        for (int i = 0; i < 1000; i++) {
            total = total.plus(Money.parse("0,01"));
        }
        assertThat(total).isEqualTo(Money.parse("10"));
        assertThat(Money.ofCents(52).times(137)).isEqualTo(Money.parse("71,24"));
    }

    @Test
    void writesTheAmountInEachLanguage() {
        Money m = Money.ofCents(125_050);
        assertThat(m.format(Locale.of("fi"))).isEqualTo("1\u00a0250,50\u00a0€");
        assertThat(m.format(Locale.of("sv"))).isEqualTo("1\u00a0250,50\u00a0€");
        assertThat(m.format(Locale.ENGLISH)).isEqualTo("€1,250.50");
        assertThat(Money.ofCents(5).format(Locale.ENGLISH)).isEqualTo("€0.05");
        assertThat(Money.ofCents(-123_456_789).format(Locale.of("fi"))).isEqualTo("-1\u00a0234\u00a0567,89\u00a0€");
        assertThat(Money.parse(m.format(Locale.of("fi")))).isEqualTo(m);
        assertThat(Money.parse(m.format(Locale.ENGLISH))).isEqualTo(m);
    }
}
