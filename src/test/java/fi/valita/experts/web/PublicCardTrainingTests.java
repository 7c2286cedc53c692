package fi.valita.experts.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import fi.valita.TestPools;
import fi.valita.ValitaTest;
import fi.valita.experts.ContactDetails;
import fi.valita.experts.ExpertPool;
import fi.valita.experts.NewTraining;
import fi.valita.experts.Training;
import fi.valita.experts.TrainingKind;
import fi.valita.identity.CurrentUser;
import fi.valita.identity.Role;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** A requester sees "trained" on a public card only when a coordinator has confirmed the training. */
@ValitaTest
class PublicCardTrainingTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestPools pools;

    @Autowired
    ExpertPool pool;

    @Test
    void onlyAConfirmedTrainingShowsOnTheCard() {
        var ngo = pools.ngoPool("Card NGO");
        CurrentUser expert = named(ngo, "Kortti Koulutettu");
        Training training = pool.addTraining(expert.id(), version(expert), new NewTraining(TrainingKind.EXPERT_TRAINING,
                "Kokemusasiantuntijakoulutus", null, LocalDate.now().minusYears(1), null), expert);

        assertThat(mvc.get().uri("/pool?lang=fi").with(user(ngo.requester()))).hasStatusOk().bodyText()
                .contains("Kortti Koulutettu").doesNotContain("Koulutettu kokemusasiantuntija");

        pool.confirmTraining(expert.id(), version(expert), training.id(), ngo.coordinator());

        assertThat(mvc.get().uri("/pool?lang=fi").with(user(ngo.requester()))).bodyText()
                .contains("Koulutettu kokemusasiantuntija");
    }

    private CurrentUser named(TestPools.Pool ngo, String name) {
        CurrentUser expert = pools.person(ngo.organisation().id(), Role.EXPERT, name);
        pool.changeContact(expert.id(), 0, new ContactDetails(name, expert.email(), null, "698", Set.of("fi"), true, 100),
                expert);
        return expert;
    }

    private int version(CurrentUser expert) {
        return pool.profile(expert.id(), expert).version();
    }
}
