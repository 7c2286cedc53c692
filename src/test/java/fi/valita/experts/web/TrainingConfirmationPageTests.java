package fi.valita.experts.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import fi.valita.TestPools;
import fi.valita.ValitaTest;
import fi.valita.experts.ExpertPool;
import fi.valita.experts.NewTraining;
import fi.valita.experts.Training;
import fi.valita.experts.TrainingKind;
import fi.valita.identity.CurrentUser;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The trainings page: self-declared or confirmed (when, by whom), a coordinator confirming, the expert changing one. */
@ValitaTest
class TrainingConfirmationPageTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestPools pools;

    @Autowired
    ExpertPool pool;

    @Test
    void aCoordinatorConfirmsATrainingAndTheExpertSeesItConfirmed() {
        var ngo = pools.ngoPool("Page NGO");
        Training entry = declared(ngo.expert());
        String trainings = "/experts/" + ngo.expert().id() + "/profile/trainings";

        assertThat(mvc.get().uri("/me/profile/trainings?lang=fi").with(user(ngo.expert()))).hasStatusOk().bodyText()
                .contains("Ilmoitettu itse, ei vielä vahvistettu").doesNotContain("Vahvista:");
        assertThat(mvc.get().uri(trainings + "?lang=fi").with(user(ngo.coordinator()))).hasStatusOk().body().asString()
                .contains("action=\"" + trainings + "/" + entry.id() + "/confirm\"", "Vahvista");

        assertThat(mvc.post().uri(trainings + "/" + entry.id() + "/confirm").with(user(ngo.coordinator())).with(csrf())
                .param("version", String.valueOf(version(ngo.expert())))).hasStatus3xxRedirection()
                .hasRedirectedUrl(trainings);

        String today = LocalDate.now().format(DateTimeFormatter.ofPattern("d.M.yyyy"));
        assertThat(mvc.get().uri("/me/profile/trainings?lang=fi").with(user(ngo.expert()))).bodyText()
                .contains("Vahvistettu " + today + " (" + ngo.coordinator().displayName() + ")");
        assertThat(mvc.get().uri("/me/profile?lang=sv").with(user(ngo.expert()))).bodyText()
                .contains("Bekräftad " + today);
    }

    @Test
    void theExpertChangesAConfirmedTrainingAndItIsSelfDeclaredAgain() {
        var ngo = pools.ngoPool("Edit NGO");
        Training entry = declared(ngo.expert());
        pool.confirmTraining(ngo.expert().id(), version(ngo.expert()), entry.id(), ngo.coordinator());
        String form = "/me/profile/trainings/" + entry.id();

        assertThat(mvc.get().uri(form + "?lang=fi").with(user(ngo.expert()))).hasStatusOk().bodyText()
                .contains("value=\"Kokemusasiantuntijakoulutus\"", "Jos muutat sitä, se on taas itse ilmoitettu");
        assertThat(mvc.post().uri(form).with(user(ngo.expert())).with(csrf())
                .param("version", String.valueOf(version(ngo.expert()))).param("kind", "EXPERT_TRAINING")
                .param("name", "Kokemusasiantuntijan peruskoulutus").param("completedOn", "2024-05-20"))
                .hasStatus3xxRedirection().hasRedirectedUrl("/me/profile");

        Training changed = pool.profile(ngo.expert().id(), ngo.expert()).trainings().getFirst();
        assertThat(changed.name()).isEqualTo("Kokemusasiantuntijan peruskoulutus");
        assertThat(changed.isConfirmed()).isFalse();
        assertThat(mvc.get().uri("/me/profile/trainings?lang=en").with(user(ngo.expert()))).bodyText()
                .contains("Self-declared, not confirmed yet");
    }

    @Test
    void aWrongChangeComesBackWithTheMessageBesideTheFieldAndNothingSaved() {
        var ngo = pools.ngoPool("Wrong NGO");
        Training entry = declared(ngo.expert());

        assertThat(mvc.post().uri("/me/profile/trainings/" + entry.id() + "?lang=en").with(user(ngo.expert())).with(csrf())
                .param("version", String.valueOf(version(ngo.expert()))).param("kind", "EXPERT_TRAINING")
                .param("name", "Uusi nimi").param("completedOn", "2024-05-20").param("validUntil", "2020-01-01"))
                .hasStatusOk().bodyText().contains("id=\"validUntil-error\"", "value=\"Uusi nimi\"");
        assertThat(pool.profile(ngo.expert().id(), ngo.expert()).trainings().getFirst().name())
                .isEqualTo("Kokemusasiantuntijakoulutus");
    }

    @Test
    void nobodyOutsideThePoolConfirmsOrChangesATraining() {
        var ngo = pools.ngoPool("Guarded NGO");
        var other = pools.ngoPool("Outside NGO");
        Training entry = declared(ngo.expert());
        String trainings = "/experts/" + ngo.expert().id() + "/profile/trainings/" + entry.id();
        String version = String.valueOf(version(ngo.expert()));

        for (CurrentUser outsider : new CurrentUser[] {other.coordinator(), other.admin()}) {
            assertThat(mvc.post().uri(trainings + "/confirm").with(user(outsider)).with(csrf()).param("version", version))
                    .hasStatus(404);
            assertThat(mvc.get().uri(trainings).with(user(outsider))).hasStatus(404);
            assertThat(mvc.post().uri(trainings).with(user(outsider)).with(csrf()).param("version", version)
                    .param("kind", "OTHER").param("name", "Hijacked").param("completedOn", "2024-01-01")).hasStatus(404);
        }
        for (CurrentUser notACoordinator : new CurrentUser[] {ngo.expert(), ngo.requester(), other.expert()}) {
            assertThat(mvc.post().uri(trainings + "/confirm").with(user(notACoordinator)).with(csrf())
                    .param("version", version)).hasStatus(403);
        }
        assertThat(mvc.get().uri("/me/profile/trainings/" + entry.id()).with(user(other.expert()))).hasStatus(404);
        assertThat(mvc.post().uri("/me/profile/trainings/" + entry.id()).with(user(other.expert())).with(csrf())
                .param("version", String.valueOf(version(other.expert()))).param("kind", "OTHER")
                .param("name", "Hijacked").param("completedOn", "2024-01-01"))
                .hasStatus(404);
        Training after = pool.profile(ngo.expert().id(), ngo.expert()).trainings().getFirst();
        assertThat(after.isConfirmed()).isFalse();
        assertThat(after.name()).isEqualTo("Kokemusasiantuntijakoulutus");
    }

    private Training declared(CurrentUser expert) {
        return pool.addTraining(expert.id(), version(expert), new NewTraining(TrainingKind.EXPERT_TRAINING,
                "Kokemusasiantuntijakoulutus", null, LocalDate.now().minusYears(1), null), expert);
    }

    private int version(CurrentUser expert) {
        return pool.profile(expert.id(), expert).version();
    }
}
