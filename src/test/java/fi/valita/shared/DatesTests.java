package fi.valita.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** One way to write days and times in each language, and generous reading of what people type. */
class DatesTests {

    static final Locale FI = Locale.of("fi");
    static final Locale SV = Locale.of("sv");
    static final Locale EN = Locale.of("en");
    static final LocalDate DAY = LocalDate.of(2026, 12, 3);
    /** 3.12.2026 at 10.15 in Helsinki (UTC+2 in winter). */
    static final Instant MORNING = Instant.parse("2026-12-03T08:15:00Z");

    @Test
    void finnishAndSwedishWriteTheDayWithDotsAndEnglishWithTheMonthsName() {
        assertThat(Dates.date(DAY, FI)).isEqualTo("3.12.2026");
        assertThat(Dates.date(DAY, SV)).isEqualTo("3.12.2026");
        assertThat(Dates.date(DAY, EN)).isEqualTo("3 Dec 2026");
    }

    @Test
    void timesAreKlo1015InFinnishKl1015InSwedishAnd1015InEnglish() {
        assertThat(Dates.dateTime(MORNING, FI)).isEqualTo("3.12.2026 klo 10.15");
        assertThat(Dates.dateTime(MORNING, SV)).isEqualTo("3.12.2026 kl. 10.15");
        assertThat(Dates.dateTime(MORNING, EN)).isEqualTo("3 Dec 2026, 10:15");
        assertThat(Dates.time(LocalTime.of(9, 0), FI)).isEqualTo("9.00");
        assertThat(Dates.time(LocalTime.of(9, 0), EN)).isEqualTo("09:00");
    }

    @Test
    void aStretchOfOneDayNamesTheDayOnce() {
        Instant noon = MORNING.plusSeconds(2 * 3600);
        assertThat(Dates.span(MORNING, noon, FI)).isEqualTo("to 3.12.2026 klo 10.15–12.15");
        assertThat(Dates.span(MORNING, noon, EN)).isEqualTo("Thu 3 Dec 2026, 10:15–12:15");
        assertThat(Dates.span(MORNING, MORNING.plusSeconds(24 * 3600), FI))
                .isEqualTo("to 3.12.2026 klo 10.15–pe 4.12.2026 klo 10.15");
    }

    @Test
    void daysAndMonths() {
        assertThat(Dates.days(DAY, DAY.plusDays(3), FI)).isEqualTo("3.12.2026–6.12.2026");
        assertThat(Dates.days(DAY, DAY.plusDays(3), EN)).isEqualTo("3 Dec 2026 – 6 Dec 2026");
        assertThat(Dates.month(YearMonth.of(2026, 12), FI)).isEqualTo("joulukuu 2026");
        assertThat(Dates.month(YearMonth.of(2026, 12), SV)).isEqualTo("december 2026");
    }

    @ParameterizedTest
    @ValueSource(strings = {"3.12.2026", "03.12.2026", "2026-12-03", " 3.12.2026 ", "3. 12. 2026", "3.12.2026."})
    void aDayIsReadAsPeopleWriteItOrAsADateFieldSendsIt(String typed) {
        assertThat(Dates.parseDate(typed)).contains(DAY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"31.2.2026", "3.12.26", "12/3/2026", "2026-12-3", "huomenna", ""})
    void whatIsNoDayIsNotGuessed(String typed) {
        assertThat(Dates.parseDate(typed)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.15", "10:15", "1015", "klo 10.15", "kl. 10.15", "KLO 10.15", "10:15:00"})
    void aTimeIsReadWithADotAColonOrNothingBetween(String typed) {
        assertThat(Dates.parseTime(typed)).contains(LocalTime.of(10, 15));
    }

    @Test
    void anHourAloneIsOnTheHourAndWhatIsNoTimeIsNotGuessed() {
        assertThat(Dates.parseTime("9")).contains(LocalTime.of(9, 0));
        assertThat(Dates.parseTime("915")).contains(LocalTime.of(9, 15));
        assertThat(Dates.parseTime("24.00")).isEmpty();
        assertThat(Dates.parseTime("10.75")).isEmpty();
        assertThat(Dates.parseTime("aamulla")).isEmpty();
        assertThat(Dates.parseTime(null)).isEmpty();
    }
}
