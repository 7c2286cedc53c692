package fi.valita.fees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import fi.valita.ErrorSummary;
import fi.valita.TestPools;
import fi.valita.ValitaTest;
import fi.valita.assignments.AfterWork;
import fi.valita.assignments.Brokering;
import fi.valita.assignments.TestWork;
import fi.valita.identity.CurrentUser;
import fi.valita.requests.FeeBasis;
import fi.valita.requests.WorkRequests;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The expenses page: receipts with a file, errors next to their fields, daily allowances and the caps. */
@ValitaTest
class ExpensePagesTests {

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
    JdbcClient jdbc;

    ApprovedWork work;

    LocalDate today = LocalDate.now(ApprovedWork.HELSINKI);

    @BeforeEach
    void setUp() {
        work = new ApprovedWork(requests, brokering, afterWork);
    }

    @Test
    void theExpertAddsAReceiptWithAPhotoAndOnlyTheyAndTheCoordinatorDownloadIt() {
        var pool = pools.ngoPool("Receipt page NGO");
        UUID assignment = work.reported(pool, FeeBasis.ORGANISATION_RATE, 0);
        String page = "/assignments/" + assignment + "/expenses";
        assertThat(get(page, pool.expert())).hasStatusOk().bodyText()
                .contains("Add a receipt", "enctype=\"multipart/form-data\"", "No expenses yet.");

        assertThat(receipt(assignment, pool.expert(), Map.of("amount", "12,50", "type", "PARKING",
                "description", "Hospital car park"), photo("IMG_2041.HEIC", ReceiptFileTests.PNG)))
                .hasRedirectedUrl(page).flash().containsEntry("done", "receipt-added");

        UUID line = jdbc.sql("select id from fee_line where assignment_id = :a and kind = 'RECEIPT'")
                .param("a", assignment).query(UUID.class).single();
        assertThat(get(page, pool.expert())).bodyText().contains("Parking", "Hospital car park", "€12.50",
                "Waiting for the coordinator", "Download the receipt", "Remove");
        MvcTestResult download = get(page + "/" + line + "/receipt", pool.coordinator());
        assertThat(download).hasStatusOk().hasContentType("image/png")
                .hasHeader("Content-Disposition", "attachment; filename=\"receipt.png\"")
                .hasHeader("X-Content-Type-Options", "nosniff");
        assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(ReceiptFileTests.PNG);
        assertThat(get(page + "/" + line + "/receipt", pool.requester())).hasStatus(404);
        assertThat(get(page + "/" + UUID.randomUUID() + "/receipt", pool.expert())).hasStatus(404);
    }

    @Test
    void aFileThatIsNotAReceiptOrIsTooBigIsRefusedNextToTheFieldAndNothingIsSaved() {
        var pool = pools.ngoPool("Receipt errors NGO");
        UUID assignment = work.reported(pool, FeeBasis.ORGANISATION_RATE, 0);
        byte[] page = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
        byte[] tooBig = Arrays.copyOf(ReceiptFileTests.PDF, ReceiptFile.MAX_BYTES + 1);

        assertThat(receipt(assignment, pool.expert(), Map.of("amount", "12,50", "type", "TICKET"),
                new MockMultipartFile("file", "receipt.pdf", "application/pdf", page)))
                .hasStatusOk().bodyText().contains("id=\"file-error\"", "The file must be a PDF, JPEG or PNG.",
                        "value=\"12,50\"", "Fix these");
        assertThat(receipt(assignment, pool.expert(), Map.of("amount", "12,50", "type", "TICKET"),
                new MockMultipartFile("file", "scan.pdf", "application/pdf", tooBig)))
                .hasStatusOk().bodyText().contains("id=\"file-error\"", "The file is too big");
        assertThat(receipt(assignment, pool.expert(), Map.of("amount", "12,5,0", "type", "MEAL",
                "description", "x".repeat(101)), null))
                .hasStatusOk().bodyText().contains("id=\"amount-error\"", "id=\"type-error\"",
                        "id=\"description-error\"", "Choose what the receipt was for.");
        assertThat(receipt(assignment, pool.expert(), Map.of("amount", "0", "type", "OTHER"), null))
                .hasStatusOk().bodyText().contains("id=\"amount-error\"", "more than 0");

        assertThat(lines(assignment)).isZero();
        assertThat(jdbc.sql("select count(*) from receipt_file f join fee_line l on l.id = f.fee_line_id "
                + "where l.assignment_id = :a").param("a", assignment).query(Long.class).single()).isZero();
    }

    @Test
    void aDailyAllowanceIsTheDaysAmountAndATakenDayIsShownNextToTheDate() {
        var pool = pools.ngoPool("Allowance page NGO");
        UUID assignment = work.reported(pool, FeeBasis.ORGANISATION_RATE, 0);
        String page = "/assignments/" + assignment + "/expenses";

        assertThat(get(page, pool.expert())).bodyText().contains("Add a daily allowance",
                "Full day: the trip took more than 10 hours", "value=\"" + today + "\"");
        assertThat(allowance(assignment, pool.expert(), Map.of("length", "FULL_DAY", "date", today.toString())))
                .hasRedirectedUrl(page);
        assertThat(allowance(assignment, pool.expert(), Map.of("length", "PARTIAL_DAY", "date",
                today.getDayOfMonth() + "." + today.getMonthValue() + "." + today.getYear())))
                .hasStatusOk().bodyText().contains("id=\"date-error\"", "You already have a daily allowance for this day.");
        assertThat(allowance(assignment, pool.expert(), Map.of("length", "HALF", "date", "yesterday")))
                .hasStatusOk().bodyText().contains("id=\"length-error\"", "id=\"date-error\"");

        assertThat(get(page, pool.expert())).bodyText().contains("Daily allowance, full day", "€54.00");
        assertThat(lines(assignment)).isOne();
    }

    @Test
    void aDayOutsideTheWorkIsToldWithAMissingLengthInOneRound() {
        var pool = pools.ngoPool("Allowance round NGO");
        UUID assignment = work.reported(pool, FeeBasis.ORGANISATION_RATE, 0);

        var result = allowance(assignment, pool.expert(), Map.of("date", today.plusYears(1).toString()));

        assertThat(result).hasStatusOk().bodyText().contains("Choose a day from the day before the work", "value=\"" + today.plusYears(1) + "\"");
        assertThat(ErrorSummary.of(result).fields()).containsExactly("length", "date");
        assertThat(lines(assignment)).isZero();
    }

    @Test
    void aReceiptsAmountIsReadWithItsEuroSignAndTheFieldHasTheDecimalKeyboard() {
        var pool = pools.ngoPool("Receipt units NGO");
        UUID assignment = work.reported(pool, FeeBasis.ORGANISATION_RATE, 0);
        assertThat(get("/assignments/" + assignment + "/expenses", pool.expert())).bodyText()
                .containsPattern("id=\"amount\"[^>]*inputmode=\"decimal\"");

        assertThat(receipt(assignment, pool.expert(), Map.of("amount", "12,50 €", "type", "PARKING"), null))
                .hasStatus3xxRedirection();

        assertThat(lineOf(assignment, 1250)).isNotNull();
    }

    @Test
    void aVolunteerIsWarnedBeforeADayPassesTheYearlyCap() {
        var pool = pools.ngoPool("Allowance cap NGO");
        UUID assignment = work.reported(pool, FeeBasis.VOLUNTEER, 0);
        String page = "/assignments/" + assignment + "/expenses";
        Stream.iterate(LocalDate.of(today.getYear(), 1, 1), d -> d.plusDays(1))
                .filter(d -> d.isBefore(today.minusDays(1)) || d.isAfter(today)).limit(20)
                .forEach(day -> jdbc.sql("""
                        insert into fee_line (id, assignment_id, expert_id, pool_organisation_id,
                            requester_organisation_id, kind, quantity, unit_cents, total_cents, status, work_date,
                            created_at, volunteer_work, expense_type, engagement_form)
                        select gen_random_uuid(), id, expert_id, pool_organisation_id, requester_organisation_id,
                            'DAILY_ALLOWANCE', 1, 5400, 5400, 'APPROVED', :day, now(), true, 'FULL_DAY', engagement_form
                        from assignment where id = :a""").param("day", day).param("a", assignment).update());

        assertThat(get(page, pool.expert())).bodyText().contains("Tax-free limits of volunteer work",
                "Days with a daily allowance in " + today.getYear() + ": 20",
                "One more day would pass the yearly tax-free limit of 20 days", "Add it anyway");
        assertThat(allowance(assignment, pool.expert(), Map.of("length", "FULL_DAY", "date", today.toString())))
                .hasStatusOk().bodyText().contains("id=\"capAccepted-error\"");
        assertThat(lines(assignment)).isEqualTo(20);

        assertThat(allowance(assignment, pool.expert(), Map.of("length", "FULL_DAY", "date", today.toString(),
                "capAccepted", "true"))).hasRedirectedUrl(page);
        assertThat(get("/coordinator/volunteer-caps", pool.coordinator())).hasStatusOk().bodyText()
                .contains(pool.expert().displayName(), "21 / 20", "Over the limit");
    }

    @Test
    void theExpertTakesBackTheirOwnDraftButNotTheCoordinators() {
        var pool = pools.ngoPool("Remove page NGO");
        UUID assignment = work.reported(pool, FeeBasis.ORGANISATION_RATE, 0);
        receipt(assignment, pool.coordinator(), Map.of("amount", "3", "type", "TICKET"), null);
        receipt(assignment, pool.expert(), Map.of("amount", "4", "type", "TICKET"), null);
        UUID coordinators = lineOf(assignment, 300);
        UUID experts = lineOf(assignment, 400);
        String page = "/assignments/" + assignment + "/expenses";

        assertThat(mvc.post().uri(page + "/" + coordinators + "/remove").with(user(pool.expert())).with(csrf()))
                .hasStatus(404);
        assertThat(mvc.post().uri(page + "/" + experts + "/remove").with(user(pool.expert())).with(csrf()))
                .hasRedirectedUrl(page);

        assertThat(lines(assignment)).isOne();
    }

    @Test
    void theAssignmentPageLinksToExpensesOnceTheWorkIsReported() {
        var s = new TestWork(pools, requests, brokering, jdbc).worked("Expenses link");
        String assignment = "/assignments/" + s.assignment().id();
        assertThat(get(assignment, s.ngo().expert())).bodyText().doesNotContain("Receipts and daily allowances");
        assertThat(get(assignment + "/expenses", s.ngo().expert())).hasStatusOk().bodyText()
                .contains("You can add expenses once the work is reported.").doesNotContain("Add a receipt");

        afterWork.complete(s.assignment().id(), java.math.BigDecimal.ONE, 0, null, false, s.ngo().expert());

        assertThat(get(assignment, s.ngo().expert())).bodyText().contains("Receipts and daily allowances");
        assertThat(get(assignment, s.ngo().coordinator())).bodyText().contains("Receipts and daily allowances");
        assertThat(get(assignment, s.school().requester())).hasStatusOk().bodyText()
                .doesNotContain("Receipts and daily allowances");
    }

    @Test
    void theCapsPageShowsThisYearForAnythingButAYearAndSaysWhenTheCapsDoNotApply() {
        var pool = pools.ngoPool("Caps page NGO");

        assertThat(get("/coordinator/volunteer-caps?year=abc", pool.coordinator())).hasStatusOk().bodyText()
                .contains("tax-free limits " + today.getYear(), "No volunteer work with travel");
        assertThat(get("/coordinator/volunteer-caps?year=2025", pool.coordinator())).bodyText()
                .contains("tax-free limits 2025", "Year 2024", "Year 2026");
    }

    private MvcTestResult get(String uri, CurrentUser user) {
        return mvc.get().uri(uri).with(user(user)).header("Accept-Language", "en").exchange();
    }

    private MvcTestResult receipt(UUID assignment, CurrentUser user, Map<String, String> fields,
            MockMultipartFile file) {
        var request = mvc.post().uri("/assignments/" + assignment + "/expenses/receipts").multipart();
        if (file != null) {
            request.file(file);
        }
        fields.forEach(request::param);
        return request.with(user(user)).with(csrf()).header("Accept-Language", "en").exchange();
    }

    private MvcTestResult allowance(UUID assignment, CurrentUser user, Map<String, String> fields) {
        var request = mvc.post().uri("/assignments/" + assignment + "/expenses/daily-allowances");
        fields.forEach(request::param);
        return request.with(user(user)).with(csrf()).header("Accept-Language", "en").exchange();
    }

    private static MockMultipartFile photo(String name, byte[] bytes) {
        return new MockMultipartFile("file", name, "image/heic", bytes);
    }

    private long lines(UUID assignment) {
        return jdbc.sql("select count(*) from fee_line where assignment_id = :a").param("a", assignment)
                .query(Long.class).single();
    }

    private UUID lineOf(UUID assignment, long cents) {
        return jdbc.sql("select id from fee_line where assignment_id = :a and total_cents = :c")
                .param("a", assignment).param("c", cents).query(UUID.class).single();
    }
}
