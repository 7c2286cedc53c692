package fi.valita.experts.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import fi.valita.ErrorSummary;
import fi.valita.TestPools;
import fi.valita.ValitaTest;
import fi.valita.experts.ExperienceArea;
import fi.valita.experts.ExperienceVocabulary;
import fi.valita.identity.CurrentUser;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@ValitaTest
class VocabularyControllerTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestPools pools;

    @Autowired
    ExperienceVocabulary vocabulary;

    @Test
    void coordinatorAddsAnAreaWhoseCodeComesFromTheEnglishName() {
        var coordinator = pools.ngoPool("Adding NGO").coordinator();

        assertThat(add(coordinator, "", "Sotaveteraanin läheinen", "Närstående till krigsveteran", "Close to a war veteran"))
                .hasStatus3xxRedirection().hasRedirectedUrl("/coordinator/experience-areas");

        ExperienceArea added = byCode(coordinator, "close-to-a-war-veteran");
        assertThat(added.active()).isTrue();
        assertThat(added.nameSv()).isEqualTo("Närstående till krigsveteran");
        assertThat(vocabulary.of(coordinator).getLast()).isEqualTo(added);
        assertThat(mvc.get().uri("/coordinator/experience-areas").with(user(coordinator))).hasStatusOk().bodyText()
                .contains("Sotaveteraanin läheinen", "Närstående till krigsveteran", "Close to a war veteran");
    }

    @Test
    void givenCodeIsKeptAndABadOneIsRefusedNextToTheField() {
        var coordinator = pools.ngoPool("Coded NGO").coordinator();

        assertThat(add(coordinator, "veterans", "Veteraanit", "Veteraner", "Veterans")).hasStatus3xxRedirection();
        assertThat(byCode(coordinator, "veterans").nameFi()).isEqualTo("Veteraanit");

        assertThat(add(coordinator, "Bad Code!", "Pelaaminen", "Spelande", "Gaming")).hasStatusOk().bodyText()
                .contains("id=\"code-error\"", "Käytä 2–40 merkkiä", "href=\"#code\"");
        assertThat(vocabulary.of(coordinator)).extracting(ExperienceArea::nameEn).doesNotContain("Gaming");
    }

    @Test
    void duplicateCodesAndNamesAreRefused() {
        var coordinator = pools.ngoPool("Duplicate NGO").coordinator();
        int before = vocabulary.of(coordinator).size();

        assertThat(add(coordinator, "gambling", "Uhkapelit", "Hasardspel", "Betting")).hasStatusOk().bodyText()
                .contains("id=\"code-error\"", "Poolissasi on jo alue tällä tunnuksella.");
        assertThat(add(coordinator, "", "Päihteet uudelleen", "Missbruk igen", "  mental HEALTH ")).hasStatusOk()
                .bodyText().contains("id=\"nameEn-error\"", "Poolissasi on jo alue tällä nimellä.");
        assertThat(add(coordinator, "", "päihteet", "Något nytt", "Something new")).hasStatusOk().bodyText()
                .contains("id=\"nameFi-error\"");
        assertThat(vocabulary.of(coordinator)).hasSize(before);
    }

    @Test
    void aTakenNameAndATakenCodeComeTogetherWithAMissingName() {
        var coordinator = pools.ngoPool("Vocabulary round NGO").coordinator();
        int before = vocabulary.of(coordinator).size();

        var result = add(coordinator, "gambling", "Päihteet", "", "Gaming");

        assertThat(result).hasStatusOk();
        assertThat(ErrorSummary.of(result).fields()).containsExactly("nameFi", "nameSv", "code");
        assertThat(vocabulary.of(coordinator)).hasSize(before);
    }

    @Test
    void allThreeNamesAreRequired() {
        var coordinator = pools.ngoPool("Required NGO").coordinator();
        int before = vocabulary.of(coordinator).size();

        assertThat(add(coordinator, "", "", "Bara svenska", "")).hasStatusOk().bodyText()
                .contains("id=\"nameFi-error\"", "id=\"nameEn-error\"", "error-summary")
                .doesNotContain("id=\"nameSv-error\"");
        assertThat(vocabulary.of(coordinator)).hasSize(before);
    }

    @Test
    void renamingKeepsTheCode() {
        var coordinator = pools.ngoPool("Renaming NGO").coordinator();
        ExperienceArea gambling = byCode(coordinator, "gambling");

        assertThat(mvc.get().uri("/coordinator/experience-areas/" + gambling.id()).with(user(coordinator)))
                .hasStatusOk().bodyText().contains("value=\"Rahapelaaminen\"");
        assertThat(mvc.post().uri("/coordinator/experience-areas/" + gambling.id()).with(user(coordinator)).with(csrf())
                        .param("nameFi", "Rahapelit ja pelaaminen").param("nameSv", "Penningspel och spelande")
                        .param("nameEn", "Gambling and gaming"))
                .hasStatus3xxRedirection();

        ExperienceArea renamed = vocabulary.area(gambling.id(), coordinator);
        assertThat(renamed.code()).isEqualTo("gambling");
        assertThat(renamed.nameFi()).isEqualTo("Rahapelit ja pelaaminen");
        assertThat(renamed.nameEn()).isEqualTo("Gambling and gaming");
        assertThat(renamed.sortOrder()).isEqualTo(gambling.sortOrder());
    }

    @Test
    void renamingToAnotherAreasNameIsRefused() {
        var coordinator = pools.ngoPool("Clash NGO").coordinator();
        ExperienceArea gambling = byCode(coordinator, "gambling");

        assertThat(mvc.post().uri("/coordinator/experience-areas/" + gambling.id()).with(user(coordinator)).with(csrf())
                        .param("nameFi", "Päihteet").param("nameSv", "Penningspel").param("nameEn", "Gambling"))
                .hasStatusOk().bodyText().contains("id=\"nameFi-error\"");
        assertThat(vocabulary.area(gambling.id(), coordinator).nameFi()).isEqualTo("Rahapelaaminen");
    }

    @Test
    void deactivatedAreaStaysButIsNoLongerAFilterChoice() {
        var coordinator = pools.ngoPool("Deactivating NGO").coordinator();
        ExperienceArea gambling = byCode(coordinator, "gambling");
        assertThat(mvc.get().uri("/experts").with(user(coordinator))).bodyText().contains("Rahapelaaminen");

        assertThat(post(coordinator, "/coordinator/experience-areas/" + gambling.id() + "/deactivate"))
                .hasStatus3xxRedirection();
        assertThat(vocabulary.area(gambling.id(), coordinator).active()).isFalse();
        assertThat(mvc.get().uri("/experts").with(user(coordinator))).bodyText().doesNotContain("Rahapelaaminen");
        assertThat(mvc.get().uri("/coordinator/experience-areas").with(user(coordinator))).bodyText()
                .contains("Rahapelaaminen", "Poistettu käytöstä", "Ota takaisin käyttöön");

        assertThat(post(coordinator, "/coordinator/experience-areas/" + gambling.id() + "/reactivate"))
                .hasStatus3xxRedirection();
        assertThat(vocabulary.area(gambling.id(), coordinator).active()).isTrue();
    }

    @Test
    void areasAreReorderedOneStepAtATime() {
        var coordinator = pools.ngoPool("Ordering NGO").coordinator();
        List<String> before = codes(coordinator);
        String second = before.get(1);

        assertThat(post(coordinator, "/coordinator/experience-areas/" + byCode(coordinator, second).id() + "/move-up"))
                .hasStatus3xxRedirection();
        assertThat(codes(coordinator)).startsWith(second, before.getFirst());

        assertThat(post(coordinator, "/coordinator/experience-areas/" + byCode(coordinator, second).id() + "/move-up"))
                .hasStatus3xxRedirection();
        assertThat(codes(coordinator).getFirst()).isEqualTo(second);

        post(coordinator, "/coordinator/experience-areas/" + byCode(coordinator, second).id() + "/move-down");
        assertThat(codes(coordinator)).isEqualTo(before);
    }

    @Test
    void anotherOrganisationsAreaCannotBeSeenOrChanged() {
        var mine = pools.ngoPool("Mine NGO").coordinator();
        var theirs = pools.ngoPool("Theirs NGO").coordinator();
        ExperienceArea their = byCode(theirs, "gambling");
        String uri = "/coordinator/experience-areas/" + their.id();

        assertThat(mvc.get().uri(uri).with(user(mine))).hasStatus(404);
        assertThat(mvc.post().uri(uri).with(user(mine)).with(csrf())
                        .param("nameFi", "Kaapattu").param("nameSv", "Kapad").param("nameEn", "Hijacked"))
                .hasStatus(404);
        assertThat(post(mine, uri + "/deactivate")).hasStatus(404);
        assertThat(post(mine, uri + "/move-up")).hasStatus(404);

        ExperienceArea after = vocabulary.area(their.id(), theirs);
        assertThat(after).isEqualTo(their);
        assertThat(mvc.get().uri("/coordinator/experience-areas").with(user(mine))).bodyText()
                .doesNotContain(their.id().toString());
    }

    @Test
    void expertsAndRequestersCannotKeepTheVocabulary() {
        var ngo = pools.ngoPool("Roles NGO");

        assertThat(mvc.get().uri("/coordinator/experience-areas").with(user(ngo.expert()))).hasStatus(403);
        assertThat(mvc.get().uri("/coordinator/experience-areas").with(user(ngo.requester()))).hasStatus(403);
        assertThat(add(ngo.expert(), "", "Uusi", "Ny", "New")).hasStatus(403);
        assertThat(mvc.get().uri("/coordinator/experience-areas").with(user(ngo.admin()))).hasStatusOk();
    }

    @Test
    void codeIsMadeFromTheEnglishNameInPlainAscii() {
        var coordinator = pools.ngoPool("Ascii NGO").coordinator();

        assertThat(add(coordinator, "", "Ahdistus ja kahvila", "Ångest och kafé", "Ångest & Café")).hasStatus3xxRedirection();
        assertThat(codes(coordinator)).contains("angest-cafe");

        assertThat(add(coordinator, "", "Nimetön", "Namnlös", "–––")).hasStatusOk().bodyText()
                .contains("id=\"code-error\"", "Kirjoita tunnus.");
    }

    private org.springframework.test.web.servlet.assertj.MvcTestResult add(
            CurrentUser user, String code, String fi, String sv, String en) {
        return mvc.post().uri("/coordinator/experience-areas").with(user(user)).with(csrf())
                .param("code", code).param("nameFi", fi).param("nameSv", sv).param("nameEn", en)
                .exchange();
    }

    private org.springframework.test.web.servlet.assertj.MvcTestResult post(CurrentUser user, String uri) {
        return mvc.post().uri(uri).with(user(user)).with(csrf()).exchange();
    }

    private ExperienceArea byCode(CurrentUser coordinator, String code) {
        return vocabulary.of(coordinator).stream().filter(a -> a.code().equals(code)).findFirst().orElseThrow();
    }

    private List<String> codes(CurrentUser coordinator) {
        return vocabulary.of(coordinator).stream().map(ExperienceArea::code).toList();
    }
}
