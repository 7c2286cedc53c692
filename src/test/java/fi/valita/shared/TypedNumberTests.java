package fi.valita.shared;

import static org.assertj.core.api.Assertions.assertThat;

import fi.valita.shared.TypedNumber.Unit;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class TypedNumberTests {

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {
        "24 km        | 24",
        "24km         | 24",
        "12,50 €      | 12.50",
        "12.50€       | 12.50",
        "€1,250.00    | 1250.00",
        "EUR 12,50    | 12.50",
        "12,50 euroa  | 12.50",
        "1 500        | 1500",
        "1 500 000    | 1500000",
        "1.250,5      | 1250.5",
        "1,250,000    | 1250000",
        "2,5 h        | 2.5",
        "2,5 h.       | 2.5",
        "2.5 tuntia   | 2.5",
        "90 min       | 90",
        "40 hlö       | 40",
        "3 kpl        | 3",
        "50 %         | 50",
        "0,07         | 0.07",
        "007          | 7",
        "-3           | -3",
    })
    void readsNumbersAsPeopleTypeThem(String typed, BigDecimal number) {
        assertThat(TypedNumber.read(typed, Unit.values())).contains(number);
    }

    @Test
    void aUnitIsTakenOnlyWhereItFits() {
        assertThat(TypedNumber.read("24 km", Unit.KILOMETRES)).contains(new BigDecimal("24"));
        assertThat(TypedNumber.read("24 km", Unit.EUROS)).isEmpty();
        assertThat(TypedNumber.read("5 €", Unit.KILOMETRES)).isEmpty();
        assertThat(TypedNumber.read("€5", Unit.KILOMETRES)).isEmpty();
        assertThat(TypedNumber.read("€5", Unit.EUROS)).contains(new BigDecimal("5"));
        assertThat(TypedNumber.read("2,5 h", Unit.notMoney())).contains(new BigDecimal("2.5"));
        assertThat(TypedNumber.read("2,5 €", Unit.notMoney())).isEmpty();
        assertThat(TypedNumber.read("24")).contains(new BigDecimal("24"));
        assertThat(TypedNumber.read("24 km")).as("a field that takes no unit").isEmpty();
    }

    @Test
    void spacesThatDoNotBreakALineGroupThousandsToo() {
        assertThat(TypedNumber.read("1\u00a0500\u00a0€", Unit.EUROS)).contains(new BigDecimal("1500"));
        assertThat(TypedNumber.read("1\u202f500")).contains(new BigDecimal("1500"));
        assertThat(TypedNumber.read("\t24 km\n", Unit.KILOMETRES)).contains(new BigDecimal("24"));
    }

    @ParameterizedTest(name = "\"{0}\" is not a number")
    @ValueSource(strings = {"", " ", "kaksi", "two", "24 kaksi", "2-3", "1e3", "12,", ",5", "12.", "1 5", "12,50,1",
        "1.2,5", "2:30", "km", "€", "--5", "-€-5", "5 km 3", "1,5,0"})
    void whatHoldsNoNumberIsNotRead(String typed) {
        assertThat(TypedNumber.read(typed, Unit.values())).isEmpty();
    }

    @Test
    void nothingIsNotANumber() {
        assertThat(TypedNumber.read(null)).isEmpty();
        assertThat(TypedNumber.wholeNumber(null)).isEmpty();
    }

    @Test
    void wholeNumbersHaveNoDecimals() {
        assertThat(TypedNumber.wholeNumber("24 km", Unit.KILOMETRES)).contains(24);
        assertThat(TypedNumber.wholeNumber("1 500")).contains(1500);
        assertThat(TypedNumber.wholeNumber("2,5")).isEmpty();
        assertThat(TypedNumber.wholeNumber("24,0")).isEmpty();
        assertThat(TypedNumber.wholeNumber("1,500")).as("one comma marks decimals: 1,5").isEmpty();
        assertThat(TypedNumber.wholeNumber("1,500,000")).contains(1_500_000);
        assertThat(TypedNumber.wholeNumber("99999999999")).isEmpty();
    }

    @Test
    void decimalsAreLimitedToWhatTheFieldTakes() {
        assertThat(TypedNumber.decimal("12,50 €", 2, Unit.EUROS)).contains(new BigDecimal("12.50"));
        assertThat(TypedNumber.decimal("12,505 €", 2, Unit.EUROS)).isEmpty();
        assertThat(TypedNumber.decimal("1,75 h", 2, Unit.HOURS)).contains(new BigDecimal("1.75"));
    }

    /** Property: any amount, written as Finns, Swedes and English speakers write it, reads back as itself. */
    @Test
    void everyAmountWrittenInEachLanguageReadsBackAsItself() {
        Random random = new Random(20261208);
        for (int i = 0; i < 2_000; i++) {
            long cents = random.nextLong(1_000_000_000_000L);
            Money amount = Money.ofCents(cents);
            BigDecimal euros = BigDecimal.valueOf(cents, 2);
            for (Locale locale : new Locale[] {Locale.of("fi"), Locale.of("sv"), Locale.ENGLISH}) {
                String written = amount.format(locale);
                assertThat(TypedNumber.decimal(written, 2, Unit.EUROS)).as(written).contains(euros);
                assertThat(TypedNumber.decimal(written.replace("€", "").strip() + " euroa", 2, Unit.EUROS)).as(written)
                        .contains(euros);
            }
            assertThat(TypedNumber.read(euros.toPlainString())).contains(euros);
            assertThat(TypedNumber.read(euros.toPlainString().replace('.', ','))).contains(euros);
        }
    }

    /** Property: a whole number, grouped or not, with or without a unit, reads back as itself. */
    @Test
    void everyWholeNumberReadsBackGroupedOrNotWithOrWithoutAUnit() {
        Random random = new Random(8);
        for (int i = 0; i < 2_000; i++) {
            int n = random.nextInt(Integer.MAX_VALUE);
            String grouped = String.format(Locale.ROOT, "%,d", n).replace(',', ' ');
            assertThat(TypedNumber.wholeNumber(Integer.toString(n))).contains(n);
            assertThat(TypedNumber.wholeNumber(grouped)).as(grouped).contains(n);
            assertThat(TypedNumber.wholeNumber(grouped + " km", Unit.KILOMETRES)).as(grouped).contains(n);
        }
    }
}
