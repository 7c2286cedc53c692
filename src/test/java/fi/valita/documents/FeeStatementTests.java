package fi.valita.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import fi.valita.TestPools;
import fi.valita.ValitaTest;
import fi.valita.assignments.AfterWork;
import fi.valita.assignments.Brokering;
import fi.valita.fees.FeeLineKind;
import fi.valita.fees.FeeLineStatus;
import fi.valita.fees.FeeLines;
import fi.valita.fees.Rates;
import fi.valita.identity.Role;
import fi.valita.requests.FeeBasis;
import fi.valita.requests.WorkRequests;
import fi.valita.shared.Money;
import java.io.IOException;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * An expert's yearly fee statement: approved, exported and paid work of the year by month, fees apart from
 * tax-free expenses by kind; drafts and other years left out; for the expert and their pool's coordinators only.
 */
@ValitaTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FeeStatementTests {

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

    @Autowired
    FeeStatements statements;

    TestPools.Pool pool;
    int year = Year.now(DocumentsWork.HELSINKI).getValue();
    long kmCents;

    @BeforeAll
    void aYearOfWork() {
        var work = new DocumentsWork(requests, brokering, afterWork, feeLines, rates, jdbc);
        pool = pools.ngoPool("Statement NGO");
        var school = pools.clientOf(pool, "Statement school");
        work.hourlyRate(pool);
        kmCents = jdbc.sql("select value_cents from fee_parameter where key = 'KM_ALLOWANCE_PER_KM' "
                        + "and organisation_id is null and valid_from <= current_date "
                        + "and (valid_to is null or valid_to >= current_date)")
                .query(Long.class).single();

        UUID january = work.approved(pool, school.requester(), "January talk", FeeBasis.ORGANISATION_RATE, null, "2",
                10, 580L);
        work.workedOn(january, LocalDate.of(year, 1, 15));
        work.status(january, FeeLineKind.FEE, FeeLineStatus.PAID);
        work.status(january, FeeLineKind.KM_ALLOWANCE, FeeLineStatus.PAID);
        work.status(january, FeeLineKind.TICKETS, FeeLineStatus.EXPORTED);
        UUID januaryAgain = work.approved(pool, school.requester(), "Second January talk", FeeBasis.AGREED_SUM,
                10_000L, "1", 0, null);
        work.workedOn(januaryAgain, LocalDate.of(year, 1, 20));
        UUID march = work.approved(pool, school.requester(), "March group", FeeBasis.VOLUNTEER, null, "3", 20, null);
        work.workedOn(march, LocalDate.of(year, 3, 5));
        UUID draft = work.done(pool, school.requester(), "Draft", FeeBasis.ORGANISATION_RATE, null, "5", 0, null);
        work.workedOn(draft, LocalDate.of(year, 3, 6));
        UUID lastYear = work.approved(pool, school.requester(), "Last year", FeeBasis.ORGANISATION_RATE, null, "5", 0,
                null);
        work.workedOn(lastYear, LocalDate.of(year - 1, 12, 31));
    }

    @Test
    void theYearIsSummedByMonthWithFeesApartFromExpensesAndWhatIsApprovedExportedAndPaid() {
        FeeStatement statement = statements.mine(year, pool.expert());

        assertThat(statement.expertName()).isEqualTo("Expert");
        assertThat(statement.payers()).singleElement().satisfies(payer -> {
            assertThat(payer.organisationName()).isEqualTo(pool.organisation().name());
            assertThat(payer.expenseKinds()).containsExactly(FeeLineKind.KM_ALLOWANCE, FeeLineKind.TICKETS);
            assertThat(payer.months()).extracting(StatementMonth::month)
                    .containsExactly(YearMonth.of(year, 1), YearMonth.of(year, 3));
            StatementSums january = payer.months().getFirst().sums();
            assertThat(january.fees()).isEqualTo(Money.parse("140"));
            assertThat(january.expense(FeeLineKind.KM_ALLOWANCE)).isEqualTo(Money.ofCents(10 * kmCents));
            assertThat(january.expense(FeeLineKind.TICKETS)).isEqualTo(Money.parse("5,80"));
            assertThat(january.paid()).isEqualTo(Money.parse("40").plus(Money.ofCents(10 * kmCents)));
            assertThat(january.exported()).isEqualTo(Money.parse("5,80"));
            assertThat(january.approved()).isEqualTo(Money.parse("100"));
            StatementSums march = payer.months().getLast().sums();
            assertThat(march.fees()).as("volunteer work pays no fee").isEqualTo(Money.ZERO);
            assertThat(march.expense(FeeLineKind.KM_ALLOWANCE)).isEqualTo(Money.ofCents(20 * kmCents));
            assertThat(payer.year().fees()).as("no draft, no other year").isEqualTo(Money.parse("140"));
            assertThat(payer.year().total()).isEqualTo(Money.parse("145,80").plus(Money.ofCents(30 * kmCents)));
            assertThat(payer.year().approved().plus(payer.year().exported()).plus(payer.year().paid()))
                    .isEqualTo(payer.year().total());
        });
    }

    @Test
    void theCoordinatorOfThePoolSeesTheSameAndNobodyElseDoes() {
        assertThat(statements.ofPoolExpert(pool.expert().id(), year, pool.coordinator()))
                .isEqualTo(statements.mine(year, pool.expert()));
        var stranger = pools.ngoPool("Statement stranger NGO");
        var colleague = pools.person(pool.organisation().id(), Role.EXPERT, "Colleague");
        assertThatThrownBy(() -> statements.ofPoolExpert(pool.expert().id(), year, stranger.coordinator()))
                .isInstanceOf(DocumentNotFound.class);
        assertThatThrownBy(() -> statements.ofPoolExpert(pool.expert().id(), year, colleague))
                .isInstanceOf(DocumentNotFound.class);
        assertThatThrownBy(() -> statements.ofPoolExpert(pool.coordinator().id(), year, pool.coordinator()))
                .as("only experts have statements").isInstanceOf(DocumentNotFound.class);
        assertThat(statements.mine(year, colleague).isEmpty()).isTrue();
        assertThat(mvc.get().uri("/experts/{id}/statements/{y}", pool.expert().id(), year)
                .with(user(stranger.coordinator()))).hasStatus(404);
    }

    @Test
    void pdfNamesTheExpertThePayerTheTotalsAndHowTheFeeIsTaxed() throws IOException {
        var result = mvc.get().uri("/me/statements/{y}.pdf", year).header("Accept-Language", "fi")
                .with(user(pool.expert())).exchange();
        assertThat(result).hasStatusOk().hasContentType("application/pdf");

        String text = InvoiceSummaryTests.pdfText(result.getResponse().getContentAsByteArray());

        assertThat(text).contains("Palkkioyhteenveto " + year, "Kokemusasiantuntija: Expert",
                "Maksaja: " + pool.organisation().name(), "Tammikuu " + year, "Maaliskuu " + year, "140,00 €",
                "Kilometrikorvaus", "Matkaliput", "tulorekisteriin palkkatulona", "verokorttisi mukaan");
        assertThat(text).doesNotContain("Joulukuu");
        assertThat(mvc.get().uri("/me/statements/{y}?format=pdf", year).with(user(pool.expert())))
                .hasStatusOk().hasContentType("application/pdf");
    }

    @Test
    void pageListsTheMonthsAndLinksTheDownloadAndOtherYears() {
        assertThat(mvc.get().uri("/me/statements").with(user(pool.expert()))).hasStatus3xxRedirection()
                .redirectedUrl().isEqualTo("/me/statements/" + year);
        assertThat(mvc.get().uri("/me/statements/{y}", year).header("Accept-Language", "en").with(user(pool.expert())))
                .hasStatusOk().bodyText().contains("Fee statement " + year, "January " + year, "March " + year,
                        "€140.00", "/me/statements/" + year + ".pdf", "/me/statements/" + (year - 1),
                        "Incomes Register");
        assertThat(mvc.get().uri("/experts/{id}/statements/{y}", pool.expert().id(), year)
                .with(user(pool.coordinator()))).hasStatusOk().bodyText().contains("140,00");
        assertThat(mvc.get().uri("/me/statements/1999").with(user(pool.expert()))).hasStatus(404);
        assertThat(mvc.get().uri("/me/statements/20260").with(user(pool.expert()))).hasStatus(404);
    }
}
