package fi.valita.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import fi.valita.TestPools;
import fi.valita.ValitaTest;
import fi.valita.assignments.AfterWork;
import fi.valita.assignments.Brokering;
import fi.valita.fees.FeeLineKind;
import fi.valita.fees.FeeLineStatus;
import fi.valita.fees.FeeLines;
import fi.valita.fees.Rates;
import fi.valita.requests.FeeBasis;
import fi.valita.requests.WorkRequests;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The invoice summary of one requester organisation and month holds exactly its billable work: approved lines
 * (also when exported or paid) of that organisation and month, never drafts, another organisation's work or
 * another month's; the same in the page, the CSV, the XLSX and the PDF. (A declined fee is not on this branch
 * yet: only the statuses APPROVED, EXPORTED and PAID count, so it will be left out like a draft.)
 */
@ValitaTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InvoiceSummaryTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestPools pools;

    @Autowired
    WorkRequests requests;

    @Autowired
    Brokering brokering;

    @Autowired
    AfterWork afterWork;

    @Autowired
    FeeLines feeLines;

    @Autowired
    Rates rates;

    @Autowired
    JdbcClient jdbc;

    TestPools.Pool pool;
    TestPools.Client school;
    YearMonth lastMonth = YearMonth.now(DocumentsWork.HELSINKI).minusMonths(1);

    @BeforeAll
    void aMonthOfWork() {
        var work = new DocumentsWork(requests, brokering, afterWork, feeLines, rates, jdbc);
        pool = pools.ngoPool("Invoice NGO");
        school = pools.clientOf(pool, "Kärsämäen Åkerö-koulu");
        var otherSchool = pools.clientOf(pool, "Other school");
        work.hourlyRate(pool);

        UUID talk = work.approved(pool, school.requester(), "Talk in the gym", FeeBasis.ORGANISATION_RATE, null, "2",
                12, 580L);
        work.workedOn(talk, lastMonth.atDay(3));
        UUID course = work.approved(pool, school.requester(), "Course day", FeeBasis.AGREED_SUM, 25_000L, "6", 0, null);
        work.workedOn(course, lastMonth.atEndOfMonth());
        work.status(course, FeeLineKind.FEE, FeeLineStatus.PAID);
        UUID draft = work.done(pool, school.requester(), "Draft work", FeeBasis.ORGANISATION_RATE, null, "3", 0, null);
        work.workedOn(draft, lastMonth.atDay(10));
        UUID other = work.approved(pool, otherSchool.requester(), "Other school work", FeeBasis.ORGANISATION_RATE,
                null, "1", 0, null);
        work.workedOn(other, lastMonth.atDay(10));
        UUID earlier = work.approved(pool, school.requester(), "Earlier month work", FeeBasis.ORGANISATION_RATE, null,
                "1", 0, null);
        work.workedOn(earlier, lastMonth.minusMonths(1).atEndOfMonth());
        UUID own = work.approved(pool, pool.requester(), "The pool's own work", FeeBasis.ORGANISATION_RATE, null, "1",
                0, null);
        work.workedOn(own, lastMonth.atDay(10));
    }

    @Test
    void csvHoldsExactlyTheOrganisationsApprovedWorkOfTheMonthWithTotals() {
        byte[] csv = download("csv");

        assertThat(Arrays.copyOf(csv, 3)).as("UTF-8 byte order mark")
                .containsExactly((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        List<String> lines = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.getFirst()).isEqualTo("Työpäivä;Tilaus;Kokemusasiantuntija;Tehtävä;Tunnit tai määrä;Palkkio;"
                + "Kilometrikorvaus;Liput ja muut kulut;Yhteensä");
        assertThat(lines.subList(1, lines.size() - 1)).containsExactly(
                lastMonth.atDay(3) + ";Talk in the gym;Expert;Opiskelijoiden tai ammattilaisten opettaminen;2,00;40,00;" + km(12) + ";5,80;"
                        + euros(4000 + 580 + kmCents(12)),
                lastMonth.atEndOfMonth() + ";Course day;Expert;Opiskelijoiden tai ammattilaisten opettaminen;1,00;250,00;0,00;0,00;250,00");
        assertThat(lines.getLast()).isEqualTo(";Yhteensä;;;;290,00;" + km(12) + ";5,80;"
                + euros(29_000 + 580 + kmCents(12)));
    }

    @Test
    void xlsxHoldsTheSameLinesAsNumbersAndDays() throws IOException {
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(download("xlsx")))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows).hasSize(4);
            assertThat(rows.subList(1, 3)).extracting(r -> r.getCellText(1))
                    .containsExactly("Talk in the gym", "Course day");
            assertThat(rows.get(2).getCellAsNumber(5)).hasValueSatisfying(n -> assertThat(n).isEqualByComparingTo("250"));
            assertThat(rows.get(3).getCellAsNumber(8)).hasValueSatisfying(
                    n -> assertThat(n).isEqualByComparingTo(java.math.BigDecimal.valueOf(29_000 + 580 + kmCents(12), 2)));
        }
    }

    @Test
    void pdfShowsTheLinesWithFinnishLettersAndEuroSigns() throws IOException {
        String text = pdfText(download("pdf"));

        assertThat(text).contains("Kärsämäen Åkerö-koulu", "Talk in the gym", "Course day", "290,00 €", "Yhteensä",
                "Invoice NGO");
        assertThat(text).doesNotContain("Draft work", "Other school work", "Earlier month work", "own work");
    }

    @Test
    void pageShowsTheLinesAndTheMonthsSummaryListsEveryServedOrganisation() {
        assertThat(mvc.get().uri("/coordinator/invoices/{id}?month={m}", school.organisation().id(), lastMonth)
                .with(user(pool.coordinator()))).hasStatusOk().bodyText()
                .contains("Talk in the gym", "Course day", "290,00\u00a0€")
                .doesNotContain("Draft work", "Other school work", "Earlier month work");
        assertThat(mvc.get().uri("/coordinator/invoices").with(user(pool.coordinator()))).as("last month by default")
                .hasStatusOk().bodyText()
                .contains("Kärsämäen Åkerö-koulu", "Other school", pool.organisation().name(),
                        euros(29_000 + 580 + kmCents(12)) + "\u00a0€");
    }

    @Test
    void aMalformedMonthShowsLastMonth() {
        assertThat(mvc.get().uri("/coordinator/invoices/{id}?month=2026-13'", school.organisation().id())
                .with(user(pool.coordinator()))).hasStatusOk().bodyText().contains("Talk in the gym");
    }

    @Test
    void anOrganisationThePoolDoesNotServeHasNoInvoice() {
        var stranger = pools.ngoPool("Invoice stranger NGO");
        for (UUID organisation : List.of(stranger.organisation().id(), UUID.randomUUID())) {
            for (String format : List.of("", "&format=csv", "&format=xlsx", "&format=pdf")) {
                assertThat(mvc.get().uri("/coordinator/invoices/" + organisation + "?month=" + lastMonth + format)
                        .with(user(pool.coordinator()))).hasStatus(404);
            }
        }
        assertThat(mvc.get().uri("/coordinator/invoices/{id}?month={m}&format=csv", school.organisation().id(),
                lastMonth).with(user(stranger.coordinator()))).hasStatus(404);
    }

    private byte[] download(String format) {
        MvcTestResult result = mvc.get()
                .uri("/coordinator/invoices/{id}?month={m}&format={f}", school.organisation().id(), lastMonth, format)
                .header("Accept-Language", "fi").with(user(pool.coordinator())).exchange();
        assertThat(result).hasStatusOk().headers().hasHeaderSatisfying("Content-Disposition",
                values -> assertThat(values.getFirst()).startsWith("attachment").contains("." + format));
        return result.getResponse().getContentAsByteArray();
    }

    static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replace('\u00a0', ' ').replaceAll("\\s+", " ");
        }
    }

    /** The kilometre allowance of this year's example parameter, in cents. */
    private long kmCents(int km) {
        return jdbc.sql("select value_cents from fee_parameter where key = 'KM_ALLOWANCE_PER_KM' "
                        + "and organisation_id is null and valid_from <= current_date "
                        + "and (valid_to is null or valid_to >= current_date)")
                .query(Long.class).single() * km;
    }

    private String km(int km) {
        return euros(kmCents(km));
    }

    private static String euros(long cents) {
        return java.math.BigDecimal.valueOf(cents, 2).toPlainString().replace('.', ',');
    }
}
