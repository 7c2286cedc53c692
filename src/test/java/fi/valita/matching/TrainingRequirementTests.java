package fi.valita.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import fi.valita.TestPools;
import fi.valita.ValitaTest;
import fi.valita.access.PagePolicy;
import fi.valita.access.PagePolicy.Outcome;
import fi.valita.access.PagePolicy.Page;
import fi.valita.assignments.Brokering;
import fi.valita.experts.ExpertPool;
import fi.valita.experts.NewTraining;
import fi.valita.experts.TaskType;
import fi.valita.experts.Training;
import fi.valita.experts.TrainingKind;
import fi.valita.identity.CurrentUser;
import fi.valita.requests.WorkRequest;
import fi.valita.requests.WorkRequests;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** A pool requires a confirmed training for some work: the setting, and what matching then does. */
@ValitaTest
class TrainingRequirementTests {

    @Autowired
    Matching matching;

    @Autowired
    MatchingSettings settings;

    @Autowired
    Brokering brokering;

    @Autowired
    TestPools pools;

    @Autowired
    ExpertPool pool;

    @Autowired
    WorkRequests requests;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvcTester mvc;

    private TestExperts experts;

    @BeforeEach
    void setUp() {
        experts = new TestExperts(pools, pool, requests, jdbc);
    }

    @Test
    void anExpertIsProposedForWorkThatRequiresTrainingOnlyWhileTheirTrainingIsConfirmed() {
        var ngo = pools.ngoPool("Trained NGO");
        var aino = experts.storytellerInRovaniemi(ngo, "Aino");
        Training declared = pool.addTraining(aino.id(), version(aino), expertTraining("Kokemusasiantuntijakoulutus"), aino);
        settings.requireTraining(Set.of(TaskType.STORY_LARGE_AUDIENCE), ngo.coordinator());
        WorkRequest talk = experts.talkInRovaniemi(ngo);

        assertThat(leftOut(talk, ngo, aino)).isEqualTo(List.of("matching.excluded.training-unconfirmed"));

        pool.confirmTraining(aino.id(), version(aino), declared.id(), ngo.coordinator());
        assertThat(proposed(talk, ngo)).contains("Aino");

        pool.changeTraining(aino.id(), version(aino), declared.id(), expertTraining("Kokemusasiantuntija, jatko"), aino);
        assertThat(leftOut(talk, ngo, aino)).isEqualTo(List.of("matching.excluded.training-unconfirmed"));
        assertThat(brokering.sendOffers(talk.id(), List.of(aino.id()), Instant.now().plus(1, ChronoUnit.DAYS),
                ngo.coordinator())).as("the coordinator may still offer the work by hand").hasSize(1);
    }

    @Test
    void withoutARequirementTrainingIsOnlyAReason() {
        var ngo = pools.ngoPool("Relaxed NGO");
        var aino = experts.storytellerInRovaniemi(ngo, "Aino");
        experts.storytellerInRovaniemi(ngo, "Bertta");
        pool.addTraining(aino.id(), version(aino), expertTraining("Kokemusasiantuntijakoulutus"), ngo.coordinator());

        Ranking ranking = matching.candidates(experts.talkInRovaniemi(ngo).id(), ngo.coordinator());

        assertThat(ranking.candidates()).extracting(Candidate::displayName).contains("Aino", "Bertta");
        assertThat(ranking.candidates()).filteredOn(c -> c.expertId().equals(aino.id())).singleElement()
                .extracting(c -> c.reasons().stream().map(Reason::code).toList()).asList()
                .contains("matching.reason.trained");
    }

    @Test
    void aCoordinatorChoosesTheWorkThatRequiresTrainingForTheirOwnPoolOnly() {
        var mine = pools.ngoPool("Requiring NGO");
        var other = pools.ngoPool("Unaffected NGO");

        assertThat(save(mine.coordinator(), "TEACHING", "PEER_SUPPORT_ONE_TO_ONE")).hasStatus3xxRedirection()
                .hasRedirectedUrl("/coordinator/matching-settings/training");

        assertThat(settings.trainingRequiredOf(mine.organisation().id()))
                .containsExactlyInAnyOrder(TaskType.TEACHING, TaskType.PEER_SUPPORT_ONE_TO_ONE);
        assertThat(settings.trainingRequiredOf(other.organisation().id())).isEmpty();
        assertThat(mvc.get().uri("/coordinator/matching-settings/training?lang=fi").with(user(mine.coordinator())))
                .hasStatusOk().body().asString()
                .contains("Vaadittu koulutus", "value=\"TEACHING\" checked=\"checked\"",
                        "value=\"PEER_SUPPORT_ONE_TO_ONE\" checked=\"checked\"")
                .doesNotContain("value=\"LOBBY_PRESENCE\" checked=\"checked\"");
        assertThat(mvc.get().uri("/coordinator/matching-settings/training").with(user(other.admin()))).body().asString()
                .doesNotContain("checked");

        assertThat(save(mine.coordinator())).hasStatus3xxRedirection();
        assertThat(settings.trainingRequiredOf(mine.organisation().id())).as("nothing ticked: nothing required").isEmpty();
    }

    @Test
    void aTaskTypeNotOnTheListIsRefusedNextToTheFieldAndNothingChanges() {
        var ngo = pools.ngoPool("Tampering NGO");
        settings.requireTraining(Set.of(TaskType.TEACHING), ngo.coordinator());

        assertThat(save(ngo.coordinator(), "TEACHING", "JUGGLING")).hasStatusOk().body().asString()
                .contains("id=\"taskTypes-error\"", "href=\"#taskTypes\"", "Valitse työt listasta.");
        assertThat(settings.trainingRequiredOf(ngo.organisation().id())).containsExactly(TaskType.TEACHING);
    }

    @Test
    void onlyCoordinatorsSeeOrChangeTheRequirements() {
        var a = pools.ngoPool("Policy A");
        var b = pools.ngoPool("Policy B");
        var coordinatorsOnly = PagePolicy.roles(Outcome.OK, Outcome.OK, Outcome.FORBIDDEN, Outcome.FORBIDDEN);

        PagePolicy.assertPolicy(mvc, List.of(new Page("/coordinator/matching-settings/training", coordinatorsOnly,
                coordinatorsOnly)), a, b);
        PagePolicy.assertSignInRequired(mvc, List.of(new Page("/coordinator/matching-settings/training",
                coordinatorsOnly, coordinatorsOnly)));
        for (CurrentUser notACoordinator : List.of(a.expert(), a.requester())) {
            assertThat(save(notACoordinator, "TEACHING")).hasStatus(403);
        }
        assertThat(settings.trainingRequiredOf(a.organisation().id())).isEmpty();
    }

    private MvcTestResult save(CurrentUser user, String... taskTypes) {
        return mvc.post().uri("/coordinator/matching-settings/training?lang=fi").with(user(user)).with(csrf())
                .param("taskTypes", taskTypes).exchange();
    }

    private List<String> proposed(WorkRequest talk, TestPools.Pool ngo) {
        return matching.candidates(talk.id(), ngo.coordinator()).candidates().stream().map(Candidate::displayName).toList();
    }

    private List<String> leftOut(WorkRequest talk, TestPools.Pool ngo, CurrentUser expert) {
        return matching.candidates(talk.id(), ngo.coordinator()).notProposed().stream()
                .filter(n -> n.expertId().equals(expert.id()))
                .flatMap(n -> n.why().stream().map(Reason::code))
                .toList();
    }

    private static NewTraining expertTraining(String name) {
        return new NewTraining(TrainingKind.EXPERT_TRAINING, name, null, LocalDate.now().minusYears(1), null);
    }

    private int version(CurrentUser expert) {
        return pool.profile(expert.id(), expert).version();
    }
}
