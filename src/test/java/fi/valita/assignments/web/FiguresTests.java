package fi.valita.assignments.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class FiguresTests {

    @Test
    void eurosAreReadToCentsWithoutFloatingPoint() {
        assertThat(Figures.cents("12,50")).isEqualTo(1250L);
        assertThat(Figures.cents("12.5")).isEqualTo(1250L);
        assertThat(Figures.cents("0,07")).isEqualTo(7L);
        assertThat(Figures.cents(" 3 € ")).isEqualTo(300L);
        assertThat(Figures.cents("1 234,56")).isEqualTo(123456L);
        assertThat(Figures.cents("0,1")).isEqualTo(10L);
    }

    @Test
    void textThatIsNotAnAmountIsRefused() {
        for (String wrong : new String[] {"", "five", "12,505", "-3", "1e3", "12,", ",5", "12,50,1"}) {
            assertThat(Figures.cents(wrong)).as(wrong).isNull();
        }
    }

    @Test
    void hoursMayHaveADecimalCommaOrPoint() {
        assertThat(Figures.hours("2,5")).isEqualByComparingTo(new BigDecimal("2.5"));
        assertThat(Figures.hours("1.75")).isEqualByComparingTo(new BigDecimal("1.75"));
        assertThat(Figures.hours("two")).isNull();
        assertThat(Figures.hours("2:30")).isNull();
    }

    @Test
    void kilometresAreWholeNumbers() {
        assertThat(Figures.kilometres("42")).isEqualTo(42);
        assertThat(Figures.kilometres("4,2")).isNull();
        assertThat(Figures.kilometres("-1")).isNull();
    }
}
