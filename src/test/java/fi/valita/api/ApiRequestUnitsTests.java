package fi.valita.api;

import static org.assertj.core.api.Assertions.assertThat;

import fi.valita.TestPools;
import fi.valita.ValitaTest;
import fi.valita.identity.Identity;
import fi.valita.identity.OrganisationUnit;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The unit a request is for over the API: required when the organisation has units, and only one of its own. */
@ValitaTest
class ApiRequestUnitsTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestPools pools;

    @Autowired
    ApiTokens tokens;

    @Autowired
    Identity identity;

    @Test
    void aRequestOfAnOrganisationWithUnitsNamesOneOfItsUnits() {
        var city = pools.ngoPool("Api unit city");
        OrganisationUnit clinic = identity.createUnit(city.organisation().id(), "Poliklinikka", "091");
        var stranger = pools.ngoPool("Api unit stranger");
        OrganisationUnit theirs = identity.createUnit(stranger.organisation().id(), "Vieras", "091");

        assertThat(post(city.requester(), "")).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyText().contains("\"field\":\"requesterUnitId\"", "Choose the unit the work is for.");
        assertThat(post(city.requester(), "\"requesterUnitId\":\"" + theirs.id() + "\","))
                .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
                .bodyText().contains("\"field\":\"requesterUnitId\"", "Choose a unit of the organisation.");
        assertThat(post(city.requester(), "\"requesterUnitId\":\"" + clinic.id() + "\","))
                .hasStatus(HttpStatus.CREATED)
                .bodyJson().extractingPath("$.requesterUnitId").isEqualTo(clinic.id().toString());
    }

    private MvcTestResult post(fi.valita.identity.CurrentUser requester, String unit) {
        OffsetDateTime start = OffsetDateTime.now(ZoneId.of("Europe/Helsinki")).plusDays(7).truncatedTo(ChronoUnit.HOURS);
        return mvc.post().uri("/api/v1/requests").with(Bearer.as(requester, tokens))
                .contentType(MediaType.APPLICATION_JSON).content(ApiRequestsTests.talk(start, unit)).exchange();
    }
}
