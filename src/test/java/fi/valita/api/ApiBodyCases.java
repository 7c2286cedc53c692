package fi.valita.api;

import fi.valita.TestPools;
import fi.valita.assignments.AfterWork;
import fi.valita.assignments.Brokering;
import fi.valita.experts.TaskType;
import fi.valita.fees.ApprovedWork;
import fi.valita.fees.FeeLines;
import fi.valita.payroll.PaymentDetails;
import fi.valita.payroll.PayrollPermissions;
import fi.valita.payroll.PayrollWork;
import fi.valita.requests.AreasRule;
import fi.valita.requests.FeeBasis;
import fi.valita.requests.NewWorkRequest;
import fi.valita.requests.TestRequests;
import fi.valita.requests.WorkRequest;
import fi.valita.requests.WorkRequests;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Every JSON request body of the API with a sample the server takes, and a fresh place to send it: each
 * call gets its own request, offer or assignment, so that a body the server takes does not use up the
 * next call's target. {@code ApiBodiesTests} checks that each body of {@code /v3/api-docs} has a case here.
 */
final class ApiBodyCases {

    /** Where to send a body, and as whom. */
    record Target(String uri, RequestPostProcessor caller) {}

    /**
     * @param sample a body the server takes, answering {@code answer}; optional fields left out of it are
     *     shown optional by the sample itself
     */
    record BodyCase(String operation, Map<String, Object> sample, HttpStatus answer, Supplier<Target> target) {}

    private final TestPools.Pool ngo;
    private final WorkRequests requests;
    private final Brokering brokering;
    private final AfterWork afterWork;
    private final ApiTokens tokens;
    private final PayrollWork payroll;
    private final AtomicInteger days = new AtomicInteger(20);

    ApiBodyCases(TestPools pools, WorkRequests requests, Brokering brokering, AfterWork afterWork, ApiTokens tokens,
            FeeLines feeLines, PayrollPermissions permissions, PaymentDetails details, JdbcClient jdbc) {
        this.ngo = pools.ngoPool("Api bodies");
        this.requests = requests;
        this.brokering = brokering;
        this.afterWork = afterWork;
        this.tokens = tokens;
        this.payroll = new PayrollWork(pools, requests, brokering, afterWork, feeLines, permissions, details, jdbc);
        payroll.withPermission(ngo);
    }

    /** The cases by operation, e.g. {@code POST /api/v1/requests}. */
    Map<String, BodyCase> all() {
        Map<String, BodyCase> cases = new LinkedHashMap<>();
        for (BodyCase c : List.of(newRequest(), newOffers(), decline(), cancellation(), completion(), feedback(),
                credentials(), payrollExport())) {
            cases.put(c.operation(), c);
        }
        return cases;
    }

    private BodyCase newRequest() {
        var start = OffsetDateTime.now(ApprovedWork.HELSINKI).plusDays(14).truncatedTo(ChronoUnit.HOURS);
        return new BodyCase("POST /api/v1/requests", body(
                "poolOrganisationId", ngo.organisation().id().toString(),
                "requesterOrganisationId", ngo.organisation().id().toString(),
                "title", "Recovery story for the 9th grade",
                "description", "Two classes together",
                "taskType", "STORY_LARGE_AUDIENCE",
                "wantedAreas", List.of(),
                "areasRule", "ANY",
                "targetGroup", "Pupils",
                "audienceSize", 40,
                "language", "fi",
                "startsAt", start.toString(),
                "endsAt", start.plusHours(2).toString(),
                "remote", false,
                "municipalityCode", "091",
                "address", "Koulukatu 1",
                "expertsNeeded", 1,
                "feeBasis", "AGREED_SUM",
                "agreedFeeCents", 15_000,
                "contactName", "Opettaja Testinen",
                "contactPhone", "+358 40 000 0000",
                "contactEmail", "opettaja@test.example",
                "notes", "The hall is on the second floor"),
                HttpStatus.CREATED, () -> new Target("/api/v1/requests", Bearer.as(ngo.requester(), tokens)));
    }

    private BodyCase newOffers() {
        return new BodyCase("POST /api/v1/requests/{id}/offers", body(
                "expertIds", List.of(ngo.expert().id().toString()),
                "respondBy", OffsetDateTime.now(ApprovedWork.HELSINKI).plusDays(1).truncatedTo(ChronoUnit.MINUTES)
                        .toString()),
                HttpStatus.CREATED,
                () -> new Target("/api/v1/requests/" + talk().id() + "/offers", Bearer.as(ngo.coordinator(), tokens)));
    }

    private BodyCase decline() {
        return new BodyCase("POST /api/v1/offers/{id}/decline", body("reason", "Exams that week"), HttpStatus.OK,
                () -> new Target("/api/v1/offers/" + offerOf(talk()) + "/decline", Bearer.as(ngo.expert(), tokens)));
    }

    private BodyCase cancellation() {
        return new BodyCase("POST /api/v1/assignments/{id}/cancel", body("reason", "Room flooded"), HttpStatus.OK,
                () -> new Target("/api/v1/assignments/" + assignmentOf(talk()) + "/cancel",
                        Bearer.as(ngo.coordinator(), tokens)));
    }

    private BodyCase completion() {
        return new BodyCase("POST /api/v1/assignments/{id}/completion",
                body("hours", 2.5, "travelKm", 12, "travelCostsCents", 580, "debriefWanted", true), HttpStatus.OK,
                () -> new Target("/api/v1/assignments/" + assignmentOf(thisWeek()) + "/completion",
                        Bearer.as(ngo.expert(), tokens)));
    }

    private BodyCase feedback() {
        return new BodyCase("POST /api/v1/assignments/{id}/feedback", body("rating", 5, "comment", "Warm welcome"),
                HttpStatus.OK, () -> new Target("/api/v1/assignments/"
                        + new ApprovedWork(requests, brokering, afterWork).reported(ngo, FeeBasis.VOLUNTEER, 0)
                        + "/feedback", Bearer.as(ngo.expert(), tokens)));
    }

    private BodyCase credentials() {
        return new BodyCase("POST /api/v1/auth/tokens",
                body("username", ngo.expert().email(), "password", TestPools.PASSWORD, "label", "Calendar sync"),
                HttpStatus.CREATED, () -> new Target("/api/v1/auth/tokens", request -> request));
    }

    private BodyCase payrollExport() {
        String today = PayrollWork.today().toString();
        return new BodyCase("POST /api/v1/payroll-exports", body("from", today, "to", today, "paymentDate", today),
                HttpStatus.CREATED, () -> {
                    payroll.approvedWork(ngo, ngo.expert(), 15_000);
                    return new Target("/api/v1/payroll-exports", Bearer.as(ngo.coordinator(), tokens));
                });
    }

    /** A talk on a day of its own, so that the expert's assignments never overlap. */
    private WorkRequest talk() {
        return requests.create(TestRequests.talkInDays(ngo.organisation().id(), ngo.organisation().id(), "698",
                days.incrementAndGet()), ngo.requester());
    }

    /** Work within the coming days, begun today, so that it can be reported at once. */
    private WorkRequest thisWeek() {
        LocalDate today = LocalDate.now(ApprovedWork.HELSINKI);
        return requests.create(new NewWorkRequest(ngo.organisation().id(), ngo.organisation().id(), null,
                "Peer support this week", null, TaskType.PEER_SUPPORT_ONE_TO_ONE, List.of(), AreasRule.ANY, null, null,
                "fi", null, null, today, today.plusDays(3), false, "091", null, null, 1, FeeBasis.VOLUNTEER, null,
                "Contact Person", null, null, null), ngo.requester());
    }

    private UUID offerOf(WorkRequest request) {
        return brokering.sendOffers(request.id(), List.of(ngo.expert().id()), Instant.now().plus(1, ChronoUnit.DAYS),
                ngo.coordinator()).getFirst().id();
    }

    private UUID assignmentOf(WorkRequest request) {
        return brokering.accept(offerOf(request), ngo.expert()).id();
    }

    private static Map<String, Object> body(Object... namesAndValues) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            body.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return body;
    }
}
