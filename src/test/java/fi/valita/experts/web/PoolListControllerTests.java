package fi.valita.experts.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import fi.valita.TestPools;
import fi.valita.ValitaTest;
import fi.valita.experts.Availability;
import fi.valita.experts.ContactDetails;
import fi.valita.experts.ExperienceArea;
import fi.valita.experts.ExperienceRelation;
import fi.valita.experts.ExpertPool;
import fi.valita.experts.LivedExperience;
import fi.valita.experts.NewTraining;
import fi.valita.experts.PublicPresentation;
import fi.valita.experts.TaskType;
import fi.valita.experts.TrainingKind;
import fi.valita.experts.WorkPreferences;
import fi.valita.identity.CurrentUser;
import fi.valita.identity.Identity;
import fi.valita.identity.Invite;
import fi.valita.identity.Role;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@ValitaTest
class PoolListControllerTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestPools pools;

    @Autowired
    ExpertPool expertPool;

    @Autowired
    Identity identity;

    @Test
    void eachFilterFindsOnlyTheMatchingExperts() {
        var lapland = pools.ngoPool("Lapland NGO");
        var experts = new Profiles(pools, expertPool);
        UUID gambling = areaCoded("gambling", lapland.coordinator());
        var aino = experts.add(lapland.organisation().id(), "Aino Aaltonen", "698", Set.of("fi", "se"), TaskType.TEACHING);
        experts.trained(aino, lapland.coordinator());
        var bertil = experts.add(lapland.organisation().id(), "Bertil Berg", "091", Set.of("sv"), TaskType.PEER_SUPPORT_ONE_TO_ONE);
        experts.onBreak(bertil);
        var cecilia = experts.add(lapland.organisation().id(), "Cecilia Cederholm", "698", Set.of("fi"), TaskType.LOBBY_PRESENCE);
        experts.shares(cecilia, gambling, true);
        experts.declaresTraining(cecilia);
        var daniel = experts.add(lapland.organisation().id(), "Daniel Dahl", "698", Set.of("fi"), TaskType.LOBBY_PRESENCE);
        experts.shares(daniel, gambling, false);
        CurrentUser coordinator = lapland.coordinator();

        assertListed("/experts?municipality=698", coordinator, List.of("Aino", "Cecilia", "Daniel"), List.of("Bertil"));
        assertListed("/experts?language=sv", coordinator, List.of("Bertil"), List.of("Aino", "Cecilia", "Daniel"));
        assertListed("/experts?language=se", coordinator, List.of("Aino"), List.of("Bertil", "Cecilia"));
        assertListed("/experts?taskType=LOBBY_PRESENCE", coordinator, List.of("Cecilia", "Daniel"), List.of("Aino", "Bertil"));
        assertListed("/experts?trained=true", coordinator, List.of("Aino"), List.of("Bertil", "Cecilia"));
        assertListed("/experts?trained=false", coordinator, List.of("Bertil", "Cecilia"), List.of("Aino"));
        assertListed("/experts?onBreak=true", coordinator, List.of("Bertil"), List.of("Aino", "Cecilia"));
        assertListed("/experts?onBreak=false", coordinator, List.of("Aino", "Cecilia"), List.of("Bertil"));
        assertListed("/experts?area=" + gambling, coordinator, List.of("Cecilia"), List.of("Daniel", "Aino"));
        assertListed("/experts?name=BERT", coordinator, List.of("Bertil"), List.of("Aino", "Cecilia"));
        assertListed("/experts?municipality=698&taskType=TEACHING", coordinator, List.of("Aino"), List.of("Cecilia"));
    }

    @Test
    void rowsShowNamesInTheUsersLanguageAndLinkToTheProfile() {
        var ngo = pools.ngoPool("Row NGO");
        var aino = new Profiles(pools, expertPool).add(ngo.organisation().id(), "Aino Aaltonen", "638", Set.of("sv"),
                TaskType.EXPERIENCE_EVALUATION);

        // The results alone, so that the filter's choices do not count as names shown in the rows.
        assertThat(mvc.get().uri("/experts?lang=sv").header("HX-Request", "true").with(user(ngo.coordinator())))
                .hasStatusOk().bodyText()
                .contains("href=\"/experts/" + aino.id() + "/profile\"")
                .contains("<td>Borgå</td>") // 638 Porvoo in Swedish
                .contains("<td>Svenska</td>")
                .contains("Erfarenhetsutvärdering")
                .contains("<caption", "scope=\"col\"", "scope=\"row\"");
        assertThat(mvc.get().uri("/experts?lang=fi").header("HX-Request", "true").with(user(ngo.coordinator())))
                .bodyText()
                .contains("<td>Porvoo</td>", "<td>Ruotsi</td>", "Kokemusarviointi");
        assertThat(mvc.get().uri("/experts").with(user(ngo.coordinator()))).bodyText()
                .contains("href=\"/coordinator/invitations/new\"", "href=\"/coordinator/experience-areas\"");
    }

    @Test
    void countOfResultsIsAnnouncedInALiveRegion() {
        var ngo = pools.ngoPool("Counted NGO");
        var experts = new Profiles(pools, expertPool);
        experts.add(ngo.organisation().id(), "Eero Esimerkki", "698", Set.of("fi"), TaskType.TEACHING);
        experts.add(ngo.organisation().id(), "Eeva Esimerkki", "698", Set.of("fi"), TaskType.TEACHING);

        // The pool's own default expert is not in Rovaniemi, so two remain.
        assertThat(mvc.get().uri("/experts?municipality=698").with(user(ngo.coordinator()))).bodyText()
                .containsPattern("<p id=\"result-count\" role=\"status\">\\s*2 asiantuntijaa\\s*</p>");
    }

    @Test
    void htmxRequestGetsOnlyTheResultsAndTheCount() {
        var ngo = pools.ngoPool("Htmx NGO");
        new Profiles(pools, expertPool).add(ngo.organisation().id(), "Hilma Htmx", "698", Set.of("fi"), TaskType.TEACHING);

        var fragment = mvc.get().uri("/experts?municipality=698").header("HX-Request", "true").with(user(ngo.coordinator()));
        assertThat(fragment).hasStatusOk().hasHeader("Vary", "HX-Request").bodyText()
                .contains("id=\"results\"")
                .contains("Hilma Htmx")
                .contains("hx-swap-oob=\"innerHTML\"")
                .contains("1 asiantuntija")
                .doesNotContain("<html", "<form", "site-header");

        var page = mvc.get().uri("/experts?municipality=698").with(user(ngo.coordinator()));
        assertThat(page).hasStatusOk().bodyText()
                .contains("<html", "<form", "id=\"results\"", "Hilma Htmx", "hx-get=\"/experts\"", "hx-push-url=\"true\"")
                .doesNotContain("hx-swap-oob");
    }

    @Test
    void historyRestoreGetsTheWholePage() {
        var ngo = pools.ngoPool("History NGO");

        assertThat(mvc.get().uri("/experts").header("HX-Request", "true").header("HX-History-Restore-Request", "true")
                        .with(user(ngo.coordinator())))
                .hasStatusOk().bodyText().contains("<html", "<form");
    }

    @Test
    void coordinatorNeverSeesAnotherOrganisationsExperts() {
        var mine = pools.ngoPool("My NGO");
        var theirs = pools.ngoPool("Their NGO");
        var experts = new Profiles(pools, expertPool);
        experts.add(mine.organisation().id(), "Minna Mine", "698", Set.of("fi"), TaskType.TEACHING);
        var other = experts.add(theirs.organisation().id(), "Olli Other", "698", Set.of("fi"), TaskType.TEACHING);
        UUID theirArea = areaCoded("gambling", theirs.coordinator());
        experts.shares(other, theirArea, true);

        assertListed("/experts", mine.coordinator(), List.of("Minna Mine"), List.of("Olli Other"));
        assertListed("/experts?municipality=698", mine.admin(), List.of("Minna Mine"), List.of("Olli Other"));
        // Their pool's area is not in my vocabulary: the filter is ignored, and still only my experts show.
        assertThat(mvc.get().uri("/experts?area=" + theirArea).with(user(mine.coordinator()))).hasStatusOk().bodyText()
                .contains("Minna Mine", "Näitä suodattimia ei ymmärretty")
                .doesNotContain("Olli Other");
    }

    @Test
    void unknownFilterValuesAreIgnoredWithAMessageNotAnError() {
        var ngo = pools.ngoPool("Lenient NGO");
        new Profiles(pools, expertPool).add(ngo.organisation().id(), "Liisa Lenient", "698", Set.of("fi"), TaskType.TEACHING);

        assertThat(mvc.get()
                        .uri("/experts?municipality=999&area=not-an-id&taskType=JUGGLING&language=xx&trained=maybe&onBreak=1")
                        .with(user(ngo.coordinator())))
                .hasStatusOk().bodyText()
                .contains("Liisa Lenient")
                .contains("Näitä suodattimia ei ymmärretty")
                .contains("<li>Kunta</li>", "<li>Kokemusalue</li>", "<li>Tehtävä</li>", "<li>Kieli</li>",
                        "<li>Koulutettu</li>", "<li>Tauolla</li>");
        assertThat(mvc.get().uri("/experts?municipality=&taskType=").with(user(ngo.coordinator()))).hasStatusOk()
                .bodyText().doesNotContain("Näitä suodattimia ei ymmärretty");
    }

    @Test
    void invitedExpertIsShownAsNotSignedUpYet() {
        var ngo = pools.ngoPool("Inviting NGO");
        identity.invite(new Invite("ilona-" + UUID.randomUUID() + "@test.example", "Ilona Invited", Role.EXPERT,
                ngo.organisation().id(), null, Locale.of("fi")), ngo.coordinator());

        assertThat(mvc.get().uri("/experts?name=Ilona").with(user(ngo.coordinator()))).bodyText()
                .contains("Ilona Invited", "Kutsuttu, ei vielä kirjautunut")
                .doesNotContain("<td>Käytössä</td>");
        assertThat(mvc.get().uri("/experts?name=" + ngo.expert().displayName()).with(user(ngo.coordinator())))
                .bodyText().contains("<td>Käytössä</td>");
    }

    @Test
    void expertsAndRequestersCannotOpenTheList() {
        var ngo = pools.ngoPool("Guarded NGO");

        assertThat(mvc.get().uri("/experts").with(user(ngo.expert()))).hasStatus(403);
        assertThat(mvc.get().uri("/experts").with(user(ngo.requester()))).hasStatus(403);
        assertThat(mvc.get().uri("/pool").with(user(ngo.expert()))).hasStatus(403);
    }

    private void assertListed(String uri, CurrentUser user, List<String> shown, List<String> hidden) {
        assertThat(mvc.get().uri(uri).with(user(user))).hasStatusOk().bodyText()
                .as(uri)
                .contains(shown)
                .doesNotContain(hidden.toArray(String[]::new));
    }

    private UUID areaCoded(String code, CurrentUser coordinator) {
        return expertPool.areasOf(coordinator).stream().filter(a -> a.code().equals(code)).map(ExperienceArea::id)
                .findFirst().orElseThrow();
    }

    /** Experts with profiles set the way the expert sets them: through the pool, acting as the expert. */
    static final class Profiles {

        private final TestPools pools;
        private final ExpertPool pool;

        Profiles(TestPools pools, ExpertPool pool) {
            this.pools = pools;
            this.pool = pool;
        }

        /** A signed-up expert with a home municipality, languages and tasks, visible to requesters. */
        CurrentUser add(UUID organisationId, String name, @Nullable String municipality, Set<String> languages,
                TaskType... tasks) {
            CurrentUser expert = pools.person(organisationId, Role.EXPERT, name);
            contact(expert, "+358 40 " + (1000000 + Math.abs(name.hashCode() % 8999999)), municipality, languages, false);
            pool.changeWork(expert.id(), version(expert), new WorkPreferences(Set.of(tasks), Set.of()), expert);
            return expert;
        }

        void contact(CurrentUser expert, @Nullable String phone, @Nullable String municipality, Set<String> languages,
                boolean remote) {
            pool.changeContact(expert.id(), version(expert), new ContactDetails(expert.displayName(), expert.email(), phone,
                    municipality, languages, remote, null), expert);
        }

        void presents(CurrentUser expert, String introduction, boolean visible, boolean showMunicipality) {
            pool.changePresentation(expert.id(), version(expert),
                    new PublicPresentation(introduction, visible, showMunicipality), expert);
        }

        /** An expert training the expert told of and a coordinator of the pool confirmed: what "trained" means. */
        void trained(CurrentUser expert, CurrentUser coordinator) {
            UUID training = declaresTraining(expert);
            pool.confirmTraining(expert.id(), version(expert), training, coordinator);
        }

        /** An expert training the expert told of, not confirmed by anyone. */
        UUID declaresTraining(CurrentUser expert) {
            return pool.addTraining(expert.id(), version(expert), new NewTraining(TrainingKind.EXPERT_TRAINING,
                    "Kokemusasiantuntijakoulutus", null, LocalDate.now().minusYears(1), null), expert).id();
        }

        void onBreak(CurrentUser expert) {
            pool.changeAvailability(expert.id(), version(expert), new Availability(List.of(), true, null, null, null), expert);
        }

        void shares(CurrentUser expert, UUID area, boolean forMatching) {
            pool.changeExperiences(expert.id(), version(expert),
                    List.of(new LivedExperience(area, ExperienceRelation.OWN, forMatching)), expert);
        }

        private int version(CurrentUser expert) {
            return pool.profile(expert.id(), expert).version();
        }
    }
}
