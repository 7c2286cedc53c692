package fi.valita.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import fi.valita.TestPools;
import fi.valita.ValitaTest;
import fi.valita.assignments.AfterWork;
import fi.valita.assignments.Brokering;
import fi.valita.experts.EngagementForm;
import fi.valita.fees.FormWork;
import fi.valita.identity.CurrentUser;
import fi.valita.requests.FeeBasis;
import fi.valita.requests.WorkRequests;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The coordinator's month of rehabilitative work activity per person, for the municipality: on the page, as CSV
 * and as XLSX; 27 e § work activity on its own list; nobody else's days, and only for the pool's coordinators.
 */
@ValitaTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AttendanceListTests {

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

    TestPools.Pool pool;
    TestPools.Pool other;
    CurrentUser teemu;
    String month = YearMonth.now(ZoneId.of("Europe/Helsinki")).toString();
    String today = LocalDate.now(ZoneId.of("Europe/Helsinki")).toString();

    @BeforeAll
    void workDone() {
        var work = new FormWork(pools, requests, brokering, afterWork);
        pool = pools.ngoPool("Attendance NGO");
        other = pools.ngoPool("Other attendance NGO");
        teemu = work.expert(pool, EngagementForm.REHABILITATIVE_WORK_ACTIVITY);
        work.approved(pool, teemu, FeeBasis.ORGANISATION_RATE, null, "5");
        work.approved(pool, work.expert(pool, EngagementForm.REHABILITATIVE_WORK_ACTIVITY), FeeBasis.VOLUNTEER, null,
                "3");
        work.approved(pool, work.expert(pool, EngagementForm.SOCIAL_WELFARE_WORK_ACTIVITY), FeeBasis.VOLUNTEER, null,
                "6");
        work.approved(other, work.expert(other, EngagementForm.REHABILITATIVE_WORK_ACTIVITY), FeeBasis.VOLUNTEER,
                null, "6");
    }

    @Test
    void theCoordinatorSeesEachPersonsDaysAndWhichCount() {
        assertThat(mvc.get().uri("/coordinator/attendance?month={m}", month).with(user(pool.coordinator())))
                .hasStatusOk().bodyText()
                .contains("Työtoiminnan päivät", "Kuntouttava työtoiminta", "Expert REHABILITATIVE_WORK_ACTIVITY",
                        "Laskettavia päiviä: 1", "Laskettavia päiviä: 0", ": 5 h", ": 3 h", "ei lasketa",
                        "Alle 4 tuntia")
                .doesNotContain("Expert SOCIAL_WELFARE_WORK_ACTIVITY");
        assertThat(mvc.get().uri("/coordinator/attendance?month={m}&form=SOCIAL_WELFARE_WORK_ACTIVITY", month)
                .with(user(pool.coordinator()))).hasStatusOk().bodyText()
                .contains("Expert SOCIAL_WELFARE_WORK_ACTIVITY", ": 6 h")
                .doesNotContain("Expert REHABILITATIVE_WORK_ACTIVITY");
    }

    @Test
    void theListDownloadsAsCsvAndXlsx() throws IOException {
        byte[] csv = mvc.get().uri("/coordinator/attendance?month={m}&format=csv&lang=en", month)
                .with(user(pool.coordinator())).exchange().getResponse().getContentAsByteArray();
        List<String> lines = new String(csv, StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.getFirst()).contains("Person", "Day", "Hours", "Counts", "To check");
        assertThat(lines).anySatisfy(l -> assertThat(l).contains(today, "5", "yes"))
                .anySatisfy(l -> assertThat(l).contains(today, "3", "no", "Less than 4 hours"))
                .anySatisfy(l -> assertThat(l).contains("Days that count: 1"));

        byte[] xlsx = mvc.get().uri("/coordinator/attendance?month={m}&format=xlsx", month)
                .with(user(pool.coordinator())).exchange().getResponse().getContentAsByteArray();
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows.getFirst().getCellText(0)).isEqualTo("Henkilö");
            assertThat(rows).anySatisfy(r -> {
                assertThat(r.getCellText(0)).isEqualTo(teemu.displayName());
                assertThat(r.getCellText(3)).isEqualTo("kyllä");
            });
        }
    }

    @Test
    void onlyThePoolsCoordinatorsSeeItsDays() {
        assertThat(mvc.get().uri("/coordinator/attendance?month={m}", month).with(user(other.coordinator())))
                .hasStatusOk().bodyText().doesNotContain(teemu.displayName(), ": 5 h");
        assertThat(mvc.get().uri("/coordinator/attendance?month={m}", month).with(user(teemu))).hasStatus4xxClientError();
        assertThat(mvc.get().uri("/coordinator/attendance?month={m}&format=csv", month).with(user(pool.requester())))
                .hasStatus4xxClientError();
    }
}
