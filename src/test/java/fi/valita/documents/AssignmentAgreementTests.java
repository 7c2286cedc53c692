package fi.valita.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import fi.valita.TestPools;
import fi.valita.ValitaTest;
import fi.valita.assignments.AfterWork;
import fi.valita.assignments.Assignments;
import fi.valita.assignments.Brokering;
import fi.valita.assignments.TestWork;
import fi.valita.experts.TaskType;
import fi.valita.fees.FeeLines;
import fi.valita.fees.RateKind;
import fi.valita.fees.Rates;
import fi.valita.notifications.AppNotification;
import fi.valita.notifications.Notifications;
import fi.valita.requests.FeeBasis;
import fi.valita.requests.WorkRequests;
import fi.valita.shared.Money;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The assignment agreement of fee-based work: what it says, the expert's acceptance with the template version,
 * the time and a hash of the content, a new acceptance after a change, and one acceptance however many clicks.
 */
@ValitaTest
class AssignmentAgreementTests {

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
    Notifications notifications;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AssignmentAgreements agreements;

    @Test
    void theExpertReadsTheAgreementAndAcceptsItWithVersionTimeAndContentHash() {
        var s = assigned("Agreement read");
        String page = "/assignments/" + s.assignment().id() + "/agreement";
        String sha = agreements.agreement(s.assignment().id(), s.ngo().expert()).agreement().contentSha256();

        assertThat(mvc.get().uri(page).header("Accept-Language", "fi").with(user(s.ngo().expert()))).hasStatusOk()
                .bodyText().contains("Toimeksiantosopimus", s.ngo().organisation().name() + " (organisaatio)",
                        "Expert (kokemusasiantuntija)", s.request().title(), "Helsinki", "20,00\u00a0€ tunnilta.",
                        "lisäksi maksetaan 30 minuuttia", "Vähintään 60 minuuttia", "verokorttisi mukaan",
                        "tulorekisteriin", "Et kirjaa mitään", "Voit kieltäytyä palkkiosta", "jälkipuinti",
                        "Ei vielä hyväksytty", "Sopimuspohja 2026-1", sha)
                .doesNotContain("Jokiväylä", "Opettaja Testinen", "Social-work students");

        Instant before = Instant.now();
        assertThat(mvc.post().uri(page).with(user(s.ngo().expert())).with(csrf()).param("accepted", "true")
                .param("content", sha)).hasStatus3xxRedirection().redirectedUrl().isEqualTo(page);

        assertThat(acceptances(s.assignment().id())).singleElement().satisfies(row -> {
            assertThat(row.expertId()).isEqualTo(s.ngo().expert().id());
            assertThat(row.templateVersion()).isEqualTo("2026-1");
            assertThat(row.contentSha256()).isEqualTo(sha).matches("[0-9a-f]{64}");
            assertThat(row.acceptedAt()).isBetween(before.minusSeconds(1), Instant.now());
        });
        assertThat(mvc.get().uri(page).header("Accept-Language", "fi").with(user(s.ngo().expert()))).hasStatusOk()
                .bodyText().contains("Hyväksytty", "Hyväksyit tämän sopimuksen").doesNotContain("Olen lukenut");
        assertThat(mvc.get().uri(page).header("Accept-Language", "fi").with(user(s.ngo().coordinator())))
                .hasStatusOk().bodyText().contains("Kokemusasiantuntija hyväksyi tämän sopimuksen");
    }

    @Test
    void aChangedFeeAsksTheExpertToAcceptAgainAndKeepsTheEarlierAcceptance() {
        var s = assigned("Agreement change");
        UUID id = s.assignment().id();
        agreements.accept(id, sha(s), s.ngo().expert());

        rates.add(RateKind.PER_TASK, TaskType.STORY_LARGE_AUDIENCE, Money.parse("150,00"), 0, 0,
                LocalDate.now().minusYears(1), null, s.ngo().coordinator());

        AgreementView changed = agreements.agreement(id, s.ngo().expert());
        assertThat(changed.state()).isEqualTo(AgreementState.CHANGED);
        assertThat(changed.earlier()).isNotNull();
        assertThat(mvc.get().uri("/assignments/{id}/agreement", id).header("Accept-Language", "en")
                .with(user(s.ngo().expert()))).hasStatusOk().bodyText()
                .contains("This agreement has changed since you accepted it", "€150.00 for the task.",
                        "I have read the agreement and I accept it");

        agreements.accept(id, sha(s), s.ngo().expert());

        assertThat(agreements.agreement(id, s.ngo().expert()).state()).isEqualTo(AgreementState.ACCEPTED);
        assertThat(acceptances(id)).hasSize(2).extracting(AgreementAcceptance::contentSha256).doesNotHaveDuplicates();
    }

    @Test
    void anAcceptanceWithoutTheTickOrOfContentThatChangedMeanwhileStoresNothing() {
        var s = assigned("Agreement refused");
        String page = "/assignments/" + s.assignment().id() + "/agreement";

        assertThat(mvc.post().uri(page).header("Accept-Language", "fi").with(user(s.ngo().expert())).with(csrf())
                .param("content", sha(s))).hasStatusOk().bodyText().contains("Rastita ruutu, jos hyväksyt sopimuksen.");
        assertThat(mvc.post().uri(page).header("Accept-Language", "fi").with(user(s.ngo().expert())).with(csrf())
                .param("accepted", "true").param("content", "0".repeat(64))).hasStatusOk().bodyText()
                .contains("Sopimus muuttui sillä aikaa, kun luit sitä.");
        assertThat(mvc.post().uri(page).with(user(s.ngo().expert())).with(csrf()).param("accepted", "yes please")
                .param("content", "<script>")).as("tampered input").hasStatusOk();

        assertThat(acceptances(s.assignment().id())).isEmpty();
        assertThat(agreements.agreement(s.assignment().id(), s.ngo().expert()).state())
                .isEqualTo(AgreementState.NOT_ACCEPTED);
    }

    @Test
    void twoClicksAtOnceStoreOneAcceptance() throws Exception {
        var s = assigned("Agreement twice");
        String sha = sha(s);
        int clicks = 4;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<AgreementAcceptance>> results = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(clicks)) {
            for (int i = 0; i < clicks; i++) {
                Callable<AgreementAcceptance> click = () -> {
                    start.await();
                    return agreements.accept(s.assignment().id(), sha, s.ngo().expert());
                };
                results.add(pool.submit(click));
            }
            start.countDown();
            List<UUID> ids = new ArrayList<>();
            for (Future<AgreementAcceptance> result : results) {
                ids.add(result.get().id());
            }
            assertThat(ids).containsOnly(ids.getFirst());
        }
        assertThat(acceptances(s.assignment().id())).hasSize(1);
    }

    @Test
    void onlyTheExpertOfTheAssignmentAcceptsAndNotWhenItIsCalledOff() {
        var s = assigned("Agreement who");
        String sha = sha(s);
        assertThatThrownBy(() -> agreements.accept(s.assignment().id(), sha, s.ngo().coordinator()))
                .isInstanceOf(DocumentNotFound.class);
        assertThatThrownBy(() -> agreements.accept(s.assignment().id(), sha, s.school().requester()))
                .isInstanceOf(DocumentNotFound.class);

        assignments.cancel(s.assignment().id(), "Ill", s.ngo().expert());

        assertThatThrownBy(() -> agreements.accept(s.assignment().id(), sha, s.ngo().expert()))
                .isInstanceOf(AgreementRefused.class).extracting("messageKey").isEqualTo("documents.agreement.cancelled");
        assertThat(acceptances(s.assignment().id())).isEmpty();
    }

    @Test
    void volunteerWorkHasNoAgreementAndNoLinkToOne() {
        var pool = pools.ngoPool("Agreement volunteer NGO");
        UUID volunteer = work().done(pool, pool.requester(), "Volunteer café", FeeBasis.VOLUNTEER, null, "2", 0, null);

        assertThat(mvc.get().uri("/assignments/{id}/agreement", volunteer).with(user(pool.expert()))).hasStatus(404);
        assertThat(mvc.get().uri("/assignments/{id}", volunteer).with(user(pool.expert()))).hasStatusOk().bodyText()
                .doesNotContain("/agreement");
        assertThat(notifications.newestOf(pool.expert().id())).extracting(AppNotification::kind)
                .doesNotContain("AGREEMENT_WAITING");
    }

    @Test
    void theExpertIsToldAnAgreementIsWaitingAndTheAssignmentPageLinksItForTheExpertAndCoordinators() {
        var s = assigned("Agreement link");
        String agreement = "/assignments/" + s.assignment().id() + "/agreement";

        assertThat(notifications.newestOf(s.ngo().expert().id())).anySatisfy(n -> {
            assertThat(n.kind()).isEqualTo("AGREEMENT_WAITING");
            assertThat(n.link()).isEqualTo(agreement);
            assertThat(n.arguments()).containsExactly(s.request().title());
        });
        for (var insider : List.of(s.ngo().expert(), s.ngo().coordinator())) {
            assertThat(mvc.get().uri("/assignments/{id}", s.assignment().id()).header("Accept-Language", "en")
                    .with(user(insider))).hasStatusOk().bodyText().contains(agreement, "Not accepted yet");
        }
        assertThat(mvc.get().uri("/assignments/{id}", s.assignment().id()).with(user(s.school().requester())))
                .hasStatusOk().bodyText().doesNotContain(agreement);
    }

    @Test
    void coordinatorsSeeWhichAgreementsOfThePoolAreAcceptedAndDownloadOne() throws IOException {
        var s = assigned("Agreement list");
        agreements.accept(s.assignment().id(), sha(s), s.ngo().expert());

        assertThat(agreements.ofPool(s.ngo().coordinator())).singleElement().satisfies(v -> {
            assertThat(v.agreement().assignmentId()).isEqualTo(s.assignment().id());
            assertThat(v.state()).isEqualTo(AgreementState.ACCEPTED);
        });
        assertThat(mvc.get().uri("/coordinator/agreements").header("Accept-Language", "en")
                .with(user(s.ngo().coordinator()))).hasStatusOk().bodyText()
                .contains(s.request().title(), "Expert", "Accepted");
        assertThat(agreements.ofPool(pools.ngoPool("Agreement other NGO").coordinator())).isEmpty();

        var pdf = mvc.get().uri("/assignments/{id}/agreement.pdf", s.assignment().id())
                .header("Accept-Language", "fi").with(user(s.ngo().coordinator())).exchange();
        assertThat(pdf).hasStatusOk().hasContentType("application/pdf");
        String text = InvoiceSummaryTests.pdfText(pdf.getResponse().getContentAsByteArray());
        assertThat(text).contains("Toimeksiantosopimus", s.request().title(), "20,00 € tunnilta",
                "Kokemusasiantuntija hyväksyi tämän sopimuksen", "Sopimuspohja 2026-1", sha(s), "Välitässä");
    }

    private TestWork.Setting assigned(String name) {
        var s = new TestWork(pools, requests, brokering, jdbc).assigned(name);
        rates.add(RateKind.PER_HOUR, null, Money.parse("20,00"), 30, 60, LocalDate.now().minusYears(1), null,
                s.ngo().coordinator());
        return s;
    }

    private String sha(TestWork.Setting s) {
        return agreements.agreement(s.assignment().id(), s.ngo().expert()).agreement().contentSha256();
    }

    private DocumentsWork work() {
        return new DocumentsWork(requests, brokering, afterWork, feeLines, rates, jdbc);
    }

    private List<AgreementAcceptance> acceptances(UUID assignmentId) {
        return jdbc.sql("select * from agreement_acceptance where assignment_id = :id")
                .param("id", assignmentId)
                .query((rs, n) -> new AgreementAcceptance(rs.getObject("id", UUID.class),
                        rs.getObject("assignment_id", UUID.class), rs.getObject("expert_id", UUID.class),
                        rs.getString("template_version"), rs.getString("content_sha256"),
                        rs.getTimestamp("accepted_at").toInstant()))
                .list();
    }
}
