package fi.valita.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import fi.valita.TestPools;
import fi.valita.ValitaTest;
import fi.valita.assignments.AfterWork;
import fi.valita.assignments.Assignments;
import fi.valita.assignments.Brokering;
import fi.valita.fees.FeeLines;
import fi.valita.fees.Rates;
import fi.valita.identity.Identity;
import fi.valita.identity.OrganisationUnit;
import fi.valita.requests.FeeBasis;
import fi.valita.requests.WorkRequests;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The invoice summary of an organisation with units says which unit each piece of work was for. */
@ValitaTest
class InvoiceUnitsTests {

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
    Assignments assignments;

    @Autowired
    FeeLines feeLines;

    @Autowired
    Rates rates;

    @Autowired
    Identity identity;

    @Autowired
    JdbcClient jdbc;

    @Test
    void eachLineNamesTheUnitTheWorkWasForOnThePageAndInTheCsv() {
        var work = new DocumentsWork(requests, brokering, afterWork, feeLines, rates, jdbc);
        var pool = pools.ngoPool("Unit invoice NGO");
        var city = pools.clientOf(pool, "Yksiköllinen kaupunki");
        work.hourlyRate(pool);
        YearMonth month = YearMonth.now(DocumentsWork.HELSINKI).minusMonths(1);
        UUID talk = work.approved(pool, city.requester(), "Talk for the clinic", FeeBasis.ORGANISATION_RATE, null, "2", 0,
                null);
        work.workedOn(talk, month.atDay(5));
        // The organisation set up its units after this work was ordered: the request is now said to be for one.
        OrganisationUnit clinic = identity.createUnit(city.organisation().id(), "Psykiatrian poliklinikka", "091");
        jdbc.sql("update work_request set requester_unit_id = :unit where id = :id")
                .param("unit", clinic.id())
                .param("id", assignments.get(talk, pool.coordinator()).request().id())
                .update();

        assertThat(mvc.get().uri("/coordinator/invoices/{id}?month={m}&lang=fi", city.organisation().id(), month)
                .with(user(pool.coordinator()))).hasStatusOk().bodyText()
                .contains("Yksikkö", "Psykiatrian poliklinikka", "Talk for the clinic");
        List<String> csv = new String(mvc.get().uri("/coordinator/invoices/{id}?month={m}&format=csv",
                        city.organisation().id(), month).header("Accept-Language", "fi").with(user(pool.coordinator()))
                .exchange().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8).lines().toList();
        assertThat(csv.getFirst()).endsWith("Työpäivä;Tilaus;Yksikkö;Kokemusasiantuntija;Tehtävä;Tunnit tai määrä;"
                + "Palkkio;Kilometrikorvaus;Liput ja muut kulut;Yhteensä");
        assertThat(csv.get(1)).startsWith(month.atDay(5) + ";Talk for the clinic;Psykiatrian poliklinikka;Expert;");
        assertThat(csv.getLast()).startsWith(";Yhteensä;;;;;40,00;");
    }
}
