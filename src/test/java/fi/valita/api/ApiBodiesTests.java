package fi.valita.api;

import static org.assertj.core.api.Assertions.assertThat;

import fi.valita.TestPools;
import fi.valita.ValitaTest;
import fi.valita.api.ApiBodyCases.BodyCase;
import fi.valita.api.ApiBodyCases.Target;
import fi.valita.assignments.AfterWork;
import fi.valita.assignments.Brokering;
import fi.valita.fees.FeeLines;
import fi.valita.payroll.PaymentDetails;
import fi.valita.payroll.PayrollPermissions;
import fi.valita.requests.WorkRequests;
import java.io.UnsupportedEncodingException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Each request body of {@code /v3/api-docs}, field by field: a field the description calls required is
 * refused with a 400 problem naming it when left out or null, an optional one is never a 400 when left
 * out, a value of the wrong type names its field, and a body that is not JSON says so. Driven by the
 * description, so a new body or field is covered (a new body needs a case in {@link ApiBodyCases}).
 */
@ValitaTest
class ApiBodiesTests {

    @Autowired MockMvcTester mvc;
    @Autowired JsonMapper json;
    @Autowired TestPools pools;
    @Autowired WorkRequests requests;
    @Autowired Brokering brokering;
    @Autowired AfterWork afterWork;
    @Autowired ApiTokens tokens;
    @Autowired FeeLines feeLines;
    @Autowired PayrollPermissions permissions;
    @Autowired PaymentDetails details;
    @Autowired JdbcClient jdbc;

    /** A request body as the description shows it; {@code needed}: the call cannot be made without a body. */
    record DescribedBody(String operation, String schema, boolean needed, Map<String, JsonNode> properties,
            Set<String> required) {}

    @Test
    void everyBodyOfTheDescriptionHasACaseWhoseSampleUsesOnlyItsFields() {
        Map<String, BodyCase> cases = cases();
        List<DescribedBody> bodies = describedBodies();

        assertThat(bodies).extracting(DescribedBody::operation)
                .as("a body the description shows needs a case in ApiBodyCases")
                .containsExactlyInAnyOrderElementsOf(cases.keySet());
        for (DescribedBody body : bodies) {
            assertThat(body.properties().keySet()).as(body.operation())
                    .containsAll(cases.get(body.operation()).sample().keySet());
        }
    }

    @TestFactory
    Stream<DynamicTest> theSampleOfEveryBodyIsTaken() {
        Map<String, BodyCase> cases = cases();
        return describedBodies().stream().map(body -> DynamicTest.dynamicTest(body.operation(), () -> {
            BodyCase c = cases.get(body.operation());
            assertThat(send(c, write(c.sample()))).hasStatus(c.answer());
        }));
    }

    @TestFactory
    Stream<DynamicTest> aRequiredFieldLeftOutOrNullIsA400NamingIt() {
        Map<String, BodyCase> cases = cases();
        return describedBodies().stream().flatMap(body -> body.required().stream().flatMap(field -> Stream.of(
                DynamicTest.dynamicTest(body.operation() + " without " + field, () -> assertNames(
                        send(cases.get(body.operation()), write(without(cases.get(body.operation()).sample(), field))),
                        field)),
                DynamicTest.dynamicTest(body.operation() + " with " + field + " null", () -> assertNames(
                        send(cases.get(body.operation()), write(with(cases.get(body.operation()).sample(), field, null))),
                        field)))));
    }

    /** Optional fields left out of a sample are shown optional by the sample itself; here each one in it. */
    @TestFactory
    Stream<DynamicTest> anOptionalFieldLeftOutIsNeverA400() {
        Map<String, BodyCase> cases = cases();
        return describedBodies().stream().flatMap(body -> body.properties().keySet().stream()
                .filter(field -> !body.required().contains(field))
                .filter(cases.get(body.operation()).sample()::containsKey)
                .map(field -> DynamicTest.dynamicTest(body.operation() + " without " + field, () -> {
                    BodyCase c = cases.get(body.operation());
                    MvcTestResult answer = send(c, write(without(c.sample(), field)));
                    assertThat(answer.getResponse().getStatus()).as(body(answer))
                            .isNotEqualTo(HttpStatus.BAD_REQUEST.value()).isLessThan(500);
                })));
    }

    @TestFactory
    Stream<DynamicTest> aValueOfTheWrongTypeIsA400NamingTheField() {
        Map<String, BodyCase> cases = cases();
        return describedBodies().stream().flatMap(body -> body.properties().entrySet().stream()
                .flatMap(p -> wrongValueFor(p.getValue()).stream().map(wrong -> DynamicTest.dynamicTest(
                        body.operation() + " with " + p.getKey() + " = " + wrong, () -> {
                            BodyCase c = cases.get(body.operation());
                            assertNames(send(c, write(with(c.sample(), p.getKey(), wrong))), p.getKey());
                        }))));
    }

    @TestFactory
    Stream<DynamicTest> aBodyThatIsNotJsonIsA400SayingSoWithoutInternals() {
        Map<String, BodyCase> cases = cases();
        return describedBodies().stream().flatMap(body -> Stream.of("{\"a\": ", "not json at all", "[1, 2]")
                .map(text -> DynamicTest.dynamicTest(body.operation() + " with " + text, () -> {
                    MvcTestResult answer = send(cases.get(body.operation()), text);
                    assertThat(answer).hasStatus(HttpStatus.BAD_REQUEST)
                            .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
                    assertThat(answer).bodyText().containsAnyOf("not valid JSON", "must be a JSON object")
                            .doesNotContain("tools.jackson", "Exception", "fi.valita", "Failed to read request");
                })));
    }

    @TestFactory
    Stream<DynamicTest> noBodyAtAllIsA400SayingSoWhenTheDescriptionNeedsOne() {
        Map<String, BodyCase> cases = cases();
        return describedBodies().stream().map(body -> DynamicTest.dynamicTest(body.operation() + " without a body", () -> {
            MvcTestResult answer = send(cases.get(body.operation()), "");
            if (body.needed()) {
                assertThat(answer).hasStatus(HttpStatus.BAD_REQUEST).bodyText().contains("needs a JSON body");
            } else {
                assertThat(answer.getResponse().getStatus()).as(body(answer)).isBetween(200, 299);
            }
        }));
    }

    private void assertNames(MvcTestResult answer, String field) {
        assertThat(answer).hasStatus(HttpStatus.BAD_REQUEST).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode problem = json.readTree(body(answer));
        List<String> fields = new ArrayList<>();
        problem.path("errors").values().forEach(error -> fields.add(error.path("field").asString()));
        assertThat(fields).as(body(answer)).contains(field);
        assertThat(body(answer)).doesNotContain("tools.jackson", "Exception");
    }

    /** A value of another JSON type than the property's, or nothing for text (which takes any scalar). */
    private static Optional<Object> wrongValueFor(JsonNode property) {
        if (property.has("enum")) {
            return Optional.of("NO_SUCH_VALUE");
        }
        return switch (property.path("type").asString("") + "/" + property.path("format").asString("")) {
            case "integer/int32", "integer/int64", "integer/" -> Optional.of("twelve");
            case "number/", "number/double" -> Optional.of("two and a half");
            case "boolean/" -> Optional.of("perhaps");
            case "string/date-time" -> Optional.of("tomorrow at ten");
            case "string/date" -> Optional.of("next Monday");
            case "array/" -> Optional.of(Map.of("not", "a list"));
            default -> Optional.empty();
        };
    }

    private List<DescribedBody> describedBodies() {
        JsonNode docs = json.readTree(body(mvc.get().uri("/v3/api-docs").exchange()));
        List<DescribedBody> bodies = new ArrayList<>();
        docs.path("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            JsonNode schema = operation.getValue().path("requestBody").path("content").path("application/json")
                    .path("schema");
            if (!schema.isMissingNode()) {
                String name = schema.path("$ref").asString().replace("#/components/schemas/", "");
                JsonNode described = docs.path("components").path("schemas").path(name);
                Map<String, JsonNode> properties = new LinkedHashMap<>();
                described.path("properties").properties().forEach(p -> properties.put(p.getKey(), p.getValue()));
                Set<String> required = new TreeSet<>();
                described.path("required").values().forEach(r -> required.add(r.asString()));
                bodies.add(new DescribedBody(operation.getKey().toUpperCase() + " " + path.getKey(), name,
                        operation.getValue().path("requestBody").path("required").asBoolean(false), properties, required));
            }
        }));
        return bodies;
    }

    private Map<String, BodyCase> cases() {
        return new ApiBodyCases(pools, requests, brokering, afterWork, tokens, feeLines, permissions, details, jdbc).all();
    }

    private MvcTestResult send(BodyCase c, String body) {
        Target target = c.target().get();
        return mvc.post().uri(target.uri()).with(target.caller()).contentType(MediaType.APPLICATION_JSON).content(body)
                .exchange();
    }

    private String write(Map<String, Object> body) {
        return json.writeValueAsString(body);
    }

    private static Map<String, Object> without(Map<String, Object> sample, String field) {
        Map<String, Object> body = new LinkedHashMap<>(sample);
        body.remove(field);
        return body;
    }

    private static Map<String, Object> with(Map<String, Object> sample, String field, Object value) {
        Map<String, Object> body = new LinkedHashMap<>(sample);
        body.put(field, value);
        return body;
    }

    private static String body(MvcTestResult answer) {
        try {
            return answer.getResponse().getContentAsString();
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
