package fi.valita.experts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.valita.TestPools;
import fi.valita.ValitaTest;
import fi.valita.identity.CurrentUser;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** A training entry is the expert's own word until a coordinator of their pool confirms it. */
@ValitaTest
class TrainingConfirmationTests {

    private static final NewTraining EXPERT_TRAINING = new NewTraining(TrainingKind.EXPERT_TRAINING,
            "Kokemusasiantuntijakoulutus", "Kokemusopisto", LocalDate.now().minusYears(1), null);

    @Autowired
    ExpertPool pool;

    @Autowired
    TestPools pools;

    @Test
    void theExpertsOwnEntryIsSelfDeclaredUntilACoordinatorOfThePoolConfirmsIt() {
        var ngo = pools.ngoPool("Confirming NGO");
        Training declared = pool.addTraining(ngo.expert().id(), version(ngo.expert()), EXPERT_TRAINING, ngo.expert());

        assertThat(profile(ngo.expert()).trainings()).singleElement().extracting(Training::isConfirmed).isEqualTo(false);
        assertThat(profile(ngo.expert()).isTrained(LocalDate.now())).isFalse();
        assertThat(profile(ngo.expert()).hasSelfDeclaredTraining(LocalDate.now())).isTrue();

        pool.confirmTraining(ngo.expert().id(), version(ngo.expert()), declared.id(), ngo.coordinator());

        Training confirmed = profile(ngo.expert()).trainings().getFirst();
        assertThat(confirmed.confirmation()).isNotNull().extracting(Training.Confirmation::by)
                .isEqualTo(ngo.coordinator().id());
        assertThat(confirmed.name()).isEqualTo(declared.name());
        assertThat(profile(ngo.expert()).isTrained(LocalDate.now())).isTrue();
    }

    @Test
    void theExpertChangingAConfirmedEntryMakesItSelfDeclaredAgain() {
        var ngo = pools.ngoPool("Changing NGO");
        Training entry = pool.addTraining(ngo.expert().id(), version(ngo.expert()), EXPERT_TRAINING, ngo.expert());
        pool.confirmTraining(ngo.expert().id(), version(ngo.expert()), entry.id(), ngo.coordinator());

        pool.changeTraining(ngo.expert().id(), version(ngo.expert()), entry.id(), new NewTraining(
                TrainingKind.EXPERT_TRAINING, "Kokemusasiantuntijakoulutus, jatko", null, LocalDate.now().minusYears(1),
                null), ngo.expert());

        Training changed = profile(ngo.expert()).trainings().getFirst();
        assertThat(changed.name()).isEqualTo("Kokemusasiantuntijakoulutus, jatko");
        assertThat(changed.isConfirmed()).isFalse();
        assertThat(profile(ngo.expert()).isTrained(LocalDate.now())).isFalse();
    }

    @Test
    void anEntryACoordinatorOfThePoolEntersOrChangesCountsAsConfirmedByThem() {
        var ngo = pools.ngoPool("Entering NGO");
        Training entered = pool.addTraining(ngo.expert().id(), version(ngo.expert()), EXPERT_TRAINING, ngo.admin());

        assertThat(entered.confirmation()).isNotNull().extracting(Training.Confirmation::by).isEqualTo(ngo.admin().id());
        assertThat(profile(ngo.expert()).isTrained(LocalDate.now())).isTrue();
    }

    @Test
    void onlyACoordinatorOfTheExpertsOwnPoolMayConfirm() {
        var ngo = pools.ngoPool("Own NGO");
        var other = pools.ngoPool("Other NGO");
        Training entry = pool.addTraining(ngo.expert().id(), version(ngo.expert()), EXPERT_TRAINING, ngo.expert());
        int version = version(ngo.expert());

        assertThatThrownBy(() -> pool.confirmTraining(ngo.expert().id(), version, entry.id(), other.coordinator()))
                .isInstanceOf(ExpertNotFound.class);
        assertThatThrownBy(() -> pool.confirmTraining(ngo.expert().id(), version, entry.id(), other.admin()))
                .isInstanceOf(ExpertNotFound.class);
        assertThatThrownBy(() -> pool.confirmTraining(ngo.expert().id(), version, entry.id(), ngo.expert()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> pool.confirmTraining(ngo.expert().id(), version, entry.id(), ngo.requester()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(profile(ngo.expert()).trainings()).singleElement().extracting(Training::isConfirmed).isEqualTo(false);
    }

    @Test
    void anEntryChangedAfterTheCoordinatorLookedIsNotConfirmed() {
        var ngo = pools.ngoPool("Meanwhile NGO");
        Training entry = pool.addTraining(ngo.expert().id(), version(ngo.expert()), EXPERT_TRAINING, ngo.expert());
        int seen = version(ngo.expert());
        pool.changeTraining(ngo.expert().id(), seen, entry.id(), new NewTraining(TrainingKind.EXPERT_TRAINING,
                "Jokin muu koulutus", null, LocalDate.now().minusYears(2), null), ngo.expert());

        assertThatThrownBy(() -> pool.confirmTraining(ngo.expert().id(), seen, entry.id(), ngo.coordinator()))
                .isInstanceOf(ProfileChangedMeanwhile.class);
        assertThat(profile(ngo.expert()).trainings().getFirst().isConfirmed()).isFalse();
    }

    @Test
    void aTrainingOfAnotherExpertCannotBeChangedOrConfirmedThroughThisOne() {
        var ngo = pools.ngoPool("Crossed NGO");
        CurrentUser someoneElse = pools.person(ngo.organisation().id(), fi.valita.identity.Role.EXPERT, "Someone");
        Training theirs = pool.addTraining(someoneElse.id(), version(someoneElse), EXPERT_TRAINING, someoneElse);

        assertThatThrownBy(() -> pool.changeTraining(ngo.expert().id(), version(ngo.expert()), theirs.id(),
                EXPERT_TRAINING, ngo.expert())).isInstanceOf(ExpertNotFound.class);
        assertThatThrownBy(() -> pool.confirmTraining(ngo.expert().id(), version(ngo.expert()), theirs.id(),
                ngo.coordinator())).isInstanceOf(ExpertNotFound.class);
        assertThat(profile(someoneElse).trainings().getFirst().isConfirmed()).isFalse();
    }

    private ExpertProfile profile(CurrentUser expert) {
        return pool.profile(expert.id(), expert);
    }

    private int version(CurrentUser expert) {
        return pool.profile(expert.id(), expert).version();
    }
}
