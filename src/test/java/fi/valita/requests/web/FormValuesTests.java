package fi.valita.requests.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class FormValuesTests {

    @Test
    void sumsInEurosBecomeWholeCents() {
        assertThat(FormValues.cents("150")).isEqualTo(15_000L);
        assertThat(FormValues.cents("150,50")).isEqualTo(15_050L);
        assertThat(FormValues.cents("150.5")).isEqualTo(15_050L);
        assertThat(FormValues.cents("0,07")).isEqualTo(7L);
        assertThat(FormValues.cents(" 1 500,25 € ")).isEqualTo(150_025L);
        assertThat(FormValues.cents("1\u00a0500")).isEqualTo(150_000L);
        assertThat(FormValues.cents("150 euroa")).isEqualTo(15_000L);
    }

    @Test
    void whatIsNotASumIsNotRead() {
        for (String text : new String[] {"abc", "", "-5", "150,505", "1e3", "12,", ",5", "150 eggs"}) {
            assertThat(FormValues.cents(text)).as(text).isNull();
        }
    }

    @Test
    void datesAndTimesAsInputsSendThemOrAsFinnsWriteThem() {
        assertThat(FormValues.date("2026-05-31")).isEqualTo(LocalDate.of(2026, 5, 31));
        assertThat(FormValues.date("31.5.2026")).isEqualTo(LocalDate.of(2026, 5, 31));
        assertThat(FormValues.date("31.2.2026")).isNull();
        assertThat(FormValues.date("tomorrow")).isNull();
        assertThat(FormValues.time("09:30")).isEqualTo(LocalTime.of(9, 30));
        assertThat(FormValues.time("9.30")).isEqualTo(LocalTime.of(9, 30));
        assertThat(FormValues.time("25:00")).isNull();
    }
}
