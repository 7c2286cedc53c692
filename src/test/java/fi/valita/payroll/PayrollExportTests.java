package fi.valita.payroll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.valita.TestPools;
import fi.valita.ValitaTest;
import fi.valita.assignments.AfterWork;
import fi.valita.assignments.Brokering;
import fi.valita.fees.FeeLedger;
import fi.valita.fees.FeeLine;
import fi.valita.fees.FeeLineStatus;
import fi.valita.fees.FeeLines;
import fi.valita.requests.WorkRequests;
import fi.valita.shared.Money;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/** A payroll batch takes exactly the approved lines of the pool and period, once; its files and their log. */
@ValitaTest
class PayrollExportTests {

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
    FeeLedger ledger;

    @Autowired
    PayrollPermissions permissions;

    @Autowired
    PaymentDetails details;

    @Autowired
    Payroll payroll;

    @Autowired
    JdbcClient jdbc;

    PayrollWork work;

    @BeforeEach
    void setUp() {
        work = new PayrollWork(pools, requests, brokering, afterWork, feeLines, permissions, details, jdbc);
    }

    @Test
    void exportTakesExactlyTheApprovedLinesOfThePoolAndPeriod() {
        var pool = work.withPermission(pools.ngoPool("Payroll exact NGO"));
        var other = work.withPermission(pools.ngoPool("Payroll other NGO"));
        var approved = work.approvedWork(pool, pool.expert(), 15_000);
        var drafts = work.draftWork(pool, work.expert(pool, "Draft Expert"), 9_000);
        var lastMonth = work.approvedWork(pool, work.expert(pool, "Last Month Expert"), 7_000);
        lastMonth.forEach(line -> work.moveWorkDate(line, PayrollWork.today().minusMonths(1)));
        var otherPools = work.approvedWork(other, other.expert(), 5_000);

        PayrollExport made = payroll.makeExport(pool.coordinator(), PayrollWork.today(PayrollWork.today()));

        List<UUID> exported = exportedIds(pool, made);
        assertThat(exported).containsExactlyInAnyOrderElementsOf(ids(approved));
        assertThat(made.lineCount()).isEqualTo(approved.size());
        assertThat(made.total()).isEqualTo(approved.stream().map(FeeLine::total).reduce(Money.ZERO, Money::plus));
        assertThat(statusesOf(pool, approved)).containsOnly(FeeLineStatus.EXPORTED);
        assertThat(statusesOf(pool, drafts)).containsOnly(FeeLineStatus.DRAFT);
        assertThat(statusesOf(pool, lastMonth)).containsOnly(FeeLineStatus.APPROVED);
        assertThat(statusesOf(other, otherPools)).containsOnly(FeeLineStatus.APPROVED);
        assertThatThrownBy(() -> payroll.makeExport(pool.coordinator(), PayrollWork.today(PayrollWork.today())))
                .as("already exported lines are not taken again").isInstanceOf(PayrollRefused.class)
                .extracting("messageKey").isEqualTo("payroll.error.nothing-to-export");
    }

    @Test
    void previewShowsEachPayeesWagesAndExpensesAndWhatIsMissing() {
        var pool = work.withPermission(pools.ngoPool("Payroll preview NGO"));
        var withDetails = pool.expert();
        var code = work.detailsOf(withDetails);
        var without = work.expert(pool, "Aino Without-Details");
        var lines = work.approvedWork(pool, withDetails, 15_000);
        work.approvedWork(pool, without, 10_000);

        PayrollPreview preview = payroll.preview(pool.coordinator(), PayrollWork.today(PayrollWork.today()));

        assertThat(preview.payees()).hasSize(2);
        PayeePreview first = payee(preview, withDetails.id());
        assertThat(first.codeEnding()).isEqualTo(code.lastFour());
        assertThat(first.ibanEnding()).isEqualTo("0785");
        assertThat(first.wages()).isEqualTo(Money.parse("150"));
        assertThat(first.reimbursements()).extracting(PayeePreview.KindTotal::kind)
                .containsExactlyInAnyOrder("KM_ALLOWANCE", "TICKETS");
        assertThat(first.total()).isEqualTo(lines.stream().map(FeeLine::total).reduce(Money.ZERO, Money::plus));
        assertThat(first.warnings()).isEmpty();
        assertThat(payee(preview, without.id()).warnings())
                .containsExactlyInAnyOrder(PayeePreview.Warning.NO_CODE, PayeePreview.Warning.NO_IBAN);
        assertThat(preview.toString()).doesNotContain(code.value());

        PayrollPreview before2025 = payroll.preview(pool.coordinator(),
                new PayrollPeriod(PayrollWork.today(), PayrollWork.today(), java.time.LocalDate.of(2024, 12, 31)));
        assertThat(payee(before2025, withDetails.id()).warnings()).as("no income types on that payment date")
                .contains(PayeePreview.Warning.NO_INCOME_TYPE);
        assertThat(payee(before2025, withDetails.id()).withoutIncomeType()).hasSize(3);
    }

    @Test
    void csvFileHasOneRowPerLineWithWhatThePayerNeedsAndATotalPerPayee() {
        var pool = work.withPermission(pools.ngoPool("Payroll csv NGO"));
        var code = work.detailsOf(pool.expert());
        var lines = work.approvedWork(pool, pool.expert(), 15_000);
        var paymentDate = PayrollWork.today().plusDays(5);
        PayrollExport made = payroll.makeExport(pool.coordinator(), PayrollWork.today(paymentDate));

        PayrollFile file = payroll.file(pool.coordinator(), made.id(), FileFormat.CSV, Locale.ENGLISH);

        assertThat(file.fileName()).endsWith(".csv");
        assertThat(Arrays.copyOf(file.content(), 3)).containsExactly(0xEF, 0xBB, 0xBF);
        List<String[]> rows = new String(file.content(), 3, file.content().length - 3, StandardCharsets.UTF_8)
                .lines().map(line -> line.split(";", -1)).toList();
        assertThat(rows.getFirst()).startsWith("Payer", "Payee", "Personal identity code", "IBAN", "Payment date");
        List<String[]> lineRows = rows.stream().filter(r -> r[5].equals("line")).toList();
        assertThat(lineRows).hasSize(lines.size()).allSatisfy(r -> {
            assertThat(r[0]).isEqualTo(pool.organisation().name());
            assertThat(r[1]).isEqualTo(pool.expert().displayName());
            assertThat(r[2]).isEqualTo(code.value());
            assertThat(r[3]).isEqualTo(PayrollWork.IBAN);
            assertThat(r[4]).isEqualTo(paymentDate.toString());
            assertThat(r[7]).as("engagement form").isEqualTo("Assignment for a fee");
            assertThat(r[8]).as("income type code").isNotBlank();
            assertThat(r[10]).as("examples are marked").startsWith("no: example code");
            assertThat(r[12]).isEqualTo(PayrollWork.today().toString());
        });
        String[] fee = lineRows.stream().filter(r -> r[6].equals("Fee")).findFirst().orElseThrow();
        assertThat(fee[11]).isEqualTo("Wage: withhold tax by the tax card");
        assertThat(fee[15]).isEqualTo("150.00");
        assertThat(fee[16]).isEmpty();
        String[] tickets = lineRows.stream().filter(r -> r[6].equals("Tickets")).findFirst().orElseThrow();
        assertThat(tickets[11]).isEqualTo("Tax-free reimbursement");
        assertThat(tickets[15]).isEmpty();
        assertThat(tickets[16]).isEqualTo("5.80");
        assertThat(lineRows).extracting(r -> r[18])
                .containsExactlyInAnyOrderElementsOf(ids(lines).stream().map(UUID::toString).toList());
        String[] total = rows.stream().filter(r -> r[5].equals("payee total")).findFirst().orElseThrow();
        assertThat(new BigDecimal(total[17])).isEqualTo(made.total().euros());
        assertThat(new BigDecimal(total[15]).add(new BigDecimal(total[16]))).isEqualTo(made.total().euros());
    }

    @Test
    void xlsxFileReadsBackWithNumbersAsNumbers() throws Exception {
        var pool = work.withPermission(pools.ngoPool("Payroll xlsx NGO"));
        var code = work.detailsOf(pool.expert());
        var lines = work.approvedWork(pool, pool.expert(), 12_345);
        PayrollExport made = payroll.makeExport(pool.coordinator(), PayrollWork.today(PayrollWork.today()));

        PayrollFile file = payroll.file(pool.coordinator(), made.id(), FileFormat.XLSX, Locale.of("fi"));

        List<Row> rows;
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(file.content()));
                Stream<Row> stream = workbook.getFirstSheet().openStream()) {
            rows = new ArrayList<>(stream.toList());
        }
        assertThat(rows.getFirst().getCellText(2)).isEqualTo("Henkilötunnus");
        List<Row> lineRows = rows.stream().filter(r -> "rivi".equals(r.getCellText(5))).toList();
        assertThat(lineRows).hasSize(lines.size()).allSatisfy(r -> assertThat(r.getCellText(2)).isEqualTo(code.value()));
        Row fee = lineRows.stream().filter(r -> "Palkkio".equals(r.getCellText(6))).findFirst().orElseThrow();
        assertThat(fee.getCellAsNumber(15)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("123.45"));
        assertThat(rows.getLast().getCellText(5)).isEqualTo("tiedosto yhteensä");
        assertThat(rows.getLast().getCellAsNumber(17))
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(made.total().euros()));
    }

    @Test
    void aFormulaTypedAsANameIsNeutralisedInTheFile() {
        var pool = work.withPermission(pools.ngoPool("Payroll formula NGO"));
        details.save(pool.expert(), "=HYPERLINK(\"http://evil.example\",\"x\")", null, null);
        work.approvedWork(pool, pool.expert(), 1_000);
        PayrollExport made = payroll.makeExport(pool.coordinator(), PayrollWork.today(PayrollWork.today()));

        String csv = new String(payroll.file(pool.coordinator(), made.id(), FileFormat.CSV, Locale.ENGLISH).content(),
                StandardCharsets.UTF_8);

        assertThat(csv).contains(";\"'=HYPERLINK(").doesNotContain(";=HYPERLINK").doesNotContain(";\"=HYPERLINK");
    }

    @Test
    void everyFileDownloadLogsOneRowPerExpertWhoseCodeWentOut() {
        var pool = work.withPermission(pools.ngoPool("Payroll log NGO"));
        work.detailsOf(pool.expert());
        var noCode = work.expert(pool, "No Code Expert");
        work.approvedWork(pool, pool.expert(), 1_000);
        work.approvedWork(pool, noCode, 1_000);
        PayrollExport made = payroll.makeExport(pool.coordinator(), PayrollWork.today(PayrollWork.today()));

        payroll.file(pool.coordinator(), made.id(), FileFormat.CSV, Locale.ENGLISH);
        payroll.file(pool.coordinator(), made.id(), FileFormat.XLSX, Locale.ENGLISH);

        List<CodeAccess> log = new CodeAccessLogReader(jdbc).about(pool.expert().id());
        assertThat(log).filteredOn(a -> a.purpose() == AccessPurpose.EXPORT).hasSize(2).allSatisfy(a -> {
            assertThat(a.accessedBy()).isEqualTo(pool.coordinator().id());
            assertThat(a.payrollExportId()).isEqualTo(made.id());
        });
        assertThat(new CodeAccessLogReader(jdbc).about(noCode.id())).as("no code went out").isEmpty();
    }

    @Test
    void markingPaidMakesTheLinesPaidOnce() {
        var pool = work.withPermission(pools.ngoPool("Payroll paid NGO"));
        var lines = work.approvedWork(pool, pool.expert(), 1_000);
        PayrollExport made = payroll.makeExport(pool.coordinator(), PayrollWork.today(PayrollWork.today()));

        assertThatThrownBy(() -> payroll.markPaid(pool.coordinator(), made.id(), PayrollWork.today().plusDays(1)))
                .as("not in the future").isInstanceOf(PayrollRefused.class);
        assertThatThrownBy(() -> payroll.markPaid(pool.coordinator(), made.id(), PayrollWork.today().minusDays(1)))
                .as("not before it was made").isInstanceOf(PayrollRefused.class);
        PayrollExport paid = payroll.markPaid(pool.coordinator(), made.id(), PayrollWork.today());

        assertThat(paid.paidOn()).isEqualTo(PayrollWork.today());
        assertThat(statusesOf(pool, lines)).containsOnly(FeeLineStatus.PAID);
        assertThatThrownBy(() -> payroll.markPaid(pool.coordinator(), made.id(), PayrollWork.today()))
                .isInstanceOf(PayrollRefused.class).extracting("messageKey").isEqualTo("payroll.error.already-paid");
        assertThat(payroll.file(pool.coordinator(), made.id(), FileFormat.CSV, Locale.ENGLISH).content())
                .as("a paid batch's file can still be downloaded").isNotEmpty();
    }

    @Test
    void withoutThePayrollPermissionNothingOfPayrollIsOpen() {
        var pool = work.withPermission(pools.ngoPool("Payroll refused NGO"));
        work.approvedWork(pool, pool.expert(), 1_000);
        PayrollExport made = payroll.makeExport(pool.coordinator(), PayrollWork.today(PayrollWork.today()));
        var period = PayrollWork.today(PayrollWork.today());

        for (var outsider : List.of(pool.admin(), pool.expert(), pool.requester(),
                pools.person(pool.organisation().id(), fi.valita.identity.Role.COORDINATOR, "Second Coordinator"))) {
            assertThatThrownBy(() -> payroll.preview(outsider, period)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> payroll.makeExport(outsider, period)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> payroll.file(outsider, made.id(), FileFormat.CSV, Locale.ENGLISH))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> payroll.revealCode(outsider, pool.expert().id()))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> payroll.fileOfPeriod(outsider, period.from(), period.to(), FileFormat.CSV,
                    Locale.ENGLISH)).isInstanceOf(AccessDeniedException.class);
        }
        permissions.revoke(pool.coordinator().id(), pool.admin());
        assertThatThrownBy(() -> payroll.exports(pool.coordinator())).as("revoked")
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void onlyAnAdminOfTheSameOrganisationGrantsThePermissionAndOnlyToStaff() {
        var pool = pools.ngoPool("Payroll grant NGO");
        var stranger = pools.ngoPool("Payroll grant stranger NGO");

        assertThatThrownBy(() -> permissions.grant(pool.coordinator().id(), pool.coordinator()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> permissions.grant(pool.coordinator().id(), stranger.admin()))
                .isInstanceOf(PayrollNotFound.class);
        assertThatThrownBy(() -> permissions.grant(pool.expert().id(), pool.admin()))
                .isInstanceOf(PayrollNotFound.class);
        assertThat(permissions.has(pool.coordinator())).isFalse();

        permissions.grant(pool.admin().id(), pool.admin());
        permissions.grant(pool.admin().id(), pool.admin());
        assertThat(permissions.has(pool.admin())).isTrue();
        assertThat(permissions.candidates(pool.admin())).extracting(PermissionCandidate::userId,
                PermissionCandidate::granted).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(pool.admin().id(), true),
                org.assertj.core.groups.Tuple.tuple(pool.coordinator().id(), false));
    }

    @Test
    void revealingACodeIsLoggedAndWorksOnlyForTheOwnOrganisation() {
        var pool = work.withPermission(pools.ngoPool("Payroll reveal NGO"));
        var stranger = work.withPermission(pools.ngoPool("Payroll reveal stranger NGO"));
        var code = work.detailsOf(pool.expert());

        assertThat(payroll.revealCode(pool.coordinator(), pool.expert().id())).contains(code);
        assertThatThrownBy(() -> payroll.revealCode(stranger.coordinator(), pool.expert().id()))
                .isInstanceOf(PayrollNotFound.class);

        assertThat(new CodeAccessLogReader(jdbc).about(pool.expert().id()))
                .filteredOn(a -> a.purpose() == AccessPurpose.VIEW).singleElement()
                .satisfies(a -> assertThat(a.accessedBy()).isEqualTo(pool.coordinator().id()));
    }

    private PayeePreview payee(PayrollPreview preview, UUID expertId) {
        return preview.payees().stream().filter(p -> p.expertId().equals(expertId)).findFirst().orElseThrow();
    }

    private List<UUID> exportedIds(TestPools.Pool pool, PayrollExport made) {
        return jdbc.sql("select fee_line_id from payroll_export_line where payroll_export_id = :id")
                .param("id", made.id()).query(UUID.class).list();
    }

    private List<FeeLineStatus> statusesOf(TestPools.Pool pool, List<FeeLine> lines) {
        List<UUID> ids = ids(lines);
        return ledger.ofPool(pool.organisation().id(), EnumSet.allOf(FeeLineStatus.class),
                        PayrollWork.today().minusYears(1), PayrollWork.today().plusYears(1)).stream()
                .filter(line -> ids.contains(line.id())).map(FeeLine::status).toList();
    }

    private static List<UUID> ids(List<FeeLine> lines) {
        return lines.stream().map(FeeLine::id).toList();
    }

    /** The raw log rows about one expert, oldest first. */
    record CodeAccessLogReader(JdbcClient jdbc) {
        List<CodeAccess> about(UUID expertId) {
            return jdbc.sql("select * from identity_code_access where expert_id = :e order by accessed_at")
                    .param("e", expertId)
                    .query((rs, n) -> new CodeAccess(expertId, "", rs.getObject("accessed_by", UUID.class), "", "",
                            AccessPurpose.valueOf(rs.getString("purpose")),
                            rs.getObject("payroll_export_id", UUID.class), rs.getTimestamp("accessed_at").toInstant()))
                    .list().stream().filter(a -> a.purpose() != AccessPurpose.CHANGE).toList();
        }
    }
}
