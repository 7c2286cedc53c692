package fi.valita.experts.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import fi.valita.TestPools;
import fi.valita.ValitaTest;
import fi.valita.experts.Availability;
import fi.valita.experts.ExperienceRelation;
import fi.valita.experts.ExpertFilter;
import fi.valita.experts.ExpertPool;
import fi.valita.experts.ExpertSummary;
import fi.valita.experts.LivedExperience;
import fi.valita.experts.PublicPresentation;
import fi.valita.identity.CurrentUser;
import fi.valita.notifications.AppNotification;
import fi.valita.notifications.Notifications;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Issue 9 §1: only the expert changes what they share. A coordinator's edit of the profile keeps the expert's
 * choices whatever the form posts, and the expert is told in the app of every change a coordinator makes.
 */
@ValitaTest
@ExtendWith(OutputCaptureExtension.class)
class CoordinatorKeepsExpertsChoicesTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestPools pools;

    @Autowired
    ExpertPool pool;

    @Autowired
    Notifications notifications;

    @Test
    void tamperedExperienceFormFromACoordinatorLeavesThePrivateAreaUnsearchableAndTellsTheExpert(
            CapturedOutput output) {
        var ngo = pools.ngoPool("Consent NGO");
        var expert = ngo.expert();
        var coordinator = ngo.coordinator();
        var areas = pool.areasOf(expert);
        UUID privateArea = areas.get(0).id();
        UUID addedArea = areas.get(1).id();
        pool.changeExperiences(expert.id(), version(expert),
                List.of(new LivedExperience(privateArea, ExperienceRelation.OWN, false)), expert);

        assertThat(mvc.post().uri("/experts/" + expert.id() + "/profile/experience").with(user(coordinator))
                .with(csrf()).param("version", String.valueOf(version(expert)))
                .param("experiences[0].areaId", privateArea.toString())
                .param("experiences[0].own", "true").param("_experiences[0].own", "on")
                .param("experiences[0].closeRelative", "true").param("_experiences[0].closeRelative", "on")
                .param("experiences[0].shared", "true").param("_experiences[0].shared", "on")
                .param("experiences[1].areaId", addedArea.toString())
                .param("experiences[1].own", "true").param("_experiences[1].own", "on")
                .param("_experiences[1].closeRelative", "on")
                .param("experiences[1].shared", "true").param("_experiences[1].shared", "on"))
                .hasStatus3xxRedirection();

        assertThat(pool.profile(expert.id(), expert).experiences()).containsExactlyInAnyOrder(
                new LivedExperience(privateArea, ExperienceRelation.OWN, false),
                new LivedExperience(privateArea, ExperienceRelation.CLOSE_RELATIVE, false),
                new LivedExperience(addedArea, ExperienceRelation.OWN, false));
        assertThat(searchByArea(privateArea, coordinator)).doesNotContain(expert.id());
        assertThat(searchByArea(addedArea, coordinator)).doesNotContain(expert.id());
        assertThat(notifications.newestOf(expert.id())).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo("PROFILE_CHANGED");
            assertThat(n.messageKey()).isEqualTo("notifications.profile-changed.EXPERIENCE");
            assertThat(n.arguments()).containsExactly(coordinator.displayName());
            assertThat(n.link()).isEqualTo("/me/profile");
        });
        assertThat(mvc.get().uri("/notifications").with(user(expert)).header("Accept-Language", "en")).bodyText()
                .contains(coordinator.displayName() + " (coordinator) changed your lived experience.", "<time");
        assertThat(output.getAll()).doesNotContain(coordinator.displayName(), expert.displayName());
    }

    @Test
    void areaTheExpertSharesStaysSharedAndOnlyTheExpertSwitchesItOff() {
        var ngo = pools.ngoPool("Shared Consent NGO");
        var expert = ngo.expert();
        UUID area = pool.areasOf(expert).getFirst().id();
        pool.changeExperiences(expert.id(), version(expert),
                List.of(new LivedExperience(area, ExperienceRelation.OWN, true)), expert);

        pool.changeExperiences(expert.id(), version(expert),
                List.of(new LivedExperience(area, ExperienceRelation.OWN, false)), ngo.coordinator());
        assertThat(searchByArea(area, ngo.coordinator())).contains(expert.id());

        pool.changeExperiences(expert.id(), version(expert),
                List.of(new LivedExperience(area, ExperienceRelation.OWN, false)), expert);
        assertThat(searchByArea(area, ngo.coordinator())).doesNotContain(expert.id());
    }

    @Test
    void coordinatorWritesTheIntroductionButCannotShowTheCardToRequesters() {
        var ngo = pools.ngoPool("Card Consent NGO");
        var expert = ngo.expert();
        pool.changePresentation(expert.id(), version(expert), new PublicPresentation(null, false, false), expert);

        assertThat(mvc.post().uri("/experts/" + expert.id() + "/profile/presentation").with(user(ngo.coordinator()))
                .with(csrf()).param("version", String.valueOf(version(expert)))
                .param("introduction", "Kerron toipumisesta.")
                .param("visibleToRequesters", "true").param("_visibleToRequesters", "on")
                .param("showMunicipalityToRequesters", "true").param("_showMunicipalityToRequesters", "on"))
                .hasStatus3xxRedirection();

        var saved = pool.profile(expert.id(), expert);
        assertThat(saved.introduction()).isEqualTo("Kerron toipumisesta.");
        assertThat(saved.visibleToRequesters()).isFalse();
        assertThat(saved.showMunicipalityToRequesters()).isFalse();
        assertThat(notifications.newestOf(expert.id())).extracting(AppNotification::messageKey)
                .containsExactly("notifications.profile-changed.PRESENTATION");
    }

    @Test
    void coordinatorsFormsShowTheExpertsChoicesWithoutBoxesToChangeThem() {
        var ngo = pools.ngoPool("Consent Form NGO");
        var expert = ngo.expert();
        String base = "/experts/" + expert.id() + "/profile";

        assertThat(mvc.get().uri(base + "/experience").with(user(ngo.coordinator())).header("Accept-Language", "en"))
                .hasStatusOk().bodyText().doesNotContain("].shared\"")
                .contains("Only the expert decides which areas are used to find work.", "Not shared for finding work");
        assertThat(mvc.get().uri(base + "/presentation").with(user(ngo.coordinator())).header("Accept-Language", "en"))
                .hasStatusOk().bodyText().doesNotContain("name=\"visibleToRequesters\"")
                .contains("Only the expert decides what requesters see.");
        assertThat(mvc.get().uri("/me/profile/experience").with(user(expert))).bodyText().contains("].shared\"");
    }

    @Test
    void everyChangeByACoordinatorIsToldAndTheExpertsOwnChangesAreNot() {
        var ngo = pools.ngoPool("Told NGO");
        var expert = ngo.expert();
        pool.changePresentation(expert.id(), version(expert), new PublicPresentation("Hei.", true, false), expert);
        assertThat(notifications.newestOf(expert.id())).isEmpty();

        pool.changeAvailability(expert.id(), version(expert), new Availability(List.of(), true, null, null, null),
                ngo.coordinator());

        assertThat(notifications.newestOf(expert.id())).extracting(AppNotification::messageKey)
                .containsExactly("notifications.profile-changed.AVAILABILITY");
    }

    private List<UUID> searchByArea(UUID area, CurrentUser coordinator) {
        return pool.search(new ExpertFilter(null, area, null, null, null, null, null), coordinator).stream()
                .map(ExpertSummary::id).toList();
    }

    private int version(CurrentUser expert) {
        return pool.profile(expert.id(), expert).version();
    }
}
