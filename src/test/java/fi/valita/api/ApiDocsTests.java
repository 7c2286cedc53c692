package fi.valita.api;

import static org.assertj.core.api.Assertions.assertThat;

import fi.valita.ValitaTest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The OpenAPI description is public and lists the API's calls, its bearer scheme, and no pages. */
@ValitaTest
class ApiDocsTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JsonMapper json;

    @Test
    void theDescriptionListsEveryCallAndTheBearerScheme() throws Exception {
        MvcTestResult docs = mvc.get().uri("/v3/api-docs").exchange();

        assertThat(docs).hasStatusOk().hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
        assertThat(docs).bodyText()
                .contains("\"openapi\":\"3.", "\"title\":\"Välitä API\"",
                        "\"/api/v1/auth/tokens\"", "\"/api/v1/auth/tokens/{id}\"",
                        "\"/api/v1/requests\"", "\"/api/v1/requests/{id}\"", "\"/api/v1/requests/{id}/candidates\"",
                        "\"/api/v1/requests/{id}/offers\"", "\"/api/v1/offers\"", "\"/api/v1/offers/{id}/accept\"",
                        "\"/api/v1/offers/{id}/decline\"", "\"/api/v1/assignments/{id}\"",
                        "\"/api/v1/assignments/{id}/calendar.ics\"", "\"/api/v1/assignments/{id}/cancel\"",
                        "\"/api/v1/fee-lines\"", "\"/api/v1/fee-lines/{id}/approval\"",
                        "\"/api/v1/experts\"", "\"/api/v1/experts/{id}\"",
                        "\"bearer\":{\"type\":\"http\"", "\"scheme\":\"bearer\"")
                .doesNotContain("\"/coordinator/", "\"/login\"", "\"/offers/{id}\"");
        Files.writeString(Path.of("target/api-docs.json"), docs.getResponse().getContentAsString());
    }

    @Test
    void theExpertListItsPagingAndTheCandidatesNotProposedAreDescribed() throws Exception {
        JsonNode docs = json.readTree(mvc.get().uri("/v3/api-docs").exchange().getResponse().getContentAsString());
        JsonNode list = docs.path("paths").path("/api/v1/experts").path("get");
        JsonNode schemas = docs.path("components").path("schemas");

        assertThat(list.path("parameters").values()).extracting(p -> p.path("name").asString())
                .contains("municipality", "area", "taskType", "language", "trained", "onBreak", "name", "limit", "cursor",
                        "Accept-Language");
        assertThat(list.path("responses").path("200").toString()).contains("#/components/schemas/ExpertList");
        assertThat(schemas.path("ExpertList").path("properties").propertyNames()).contains("experts", "next");
        assertThat(docs.path("paths").path("/api/v1/experts/{id}").path("get").path("responses").path("200").toString())
                .contains("#/components/schemas/ExpertProfile");
        assertThat(schemas.path("ExpertProfile").path("properties").propertyNames())
                .contains("experiences", "availability", "trainings", "presentation");
        assertThat(schemas.path("Candidates").path("properties").propertyNames()).contains("proposed", "notProposed");
        assertThat(schemas.path("NotProposed").path("properties").propertyNames())
                .contains("expertId", "displayName", "pickableByHand", "reasons");
    }
}
