package fi.valita.experts.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import fi.valita.TestPools;
import fi.valita.ValitaTest;
import fi.valita.experts.ExperienceArea;
import fi.valita.experts.ExpertPool;
import fi.valita.experts.TaskType;
import fi.valita.experts.web.PoolListControllerTests.Profiles;
import fi.valita.identity.CurrentUser;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@ValitaTest
class PublicCardsControllerTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestPools pools;

    @Autowired
    ExpertPool expertPool;

    @Test
    void requesterOfAServedSchoolSeesThatPoolsCardsButNoOtherPools() {
        var lapland = pools.ngoPool("Lapland NGO");
        var school = pools.clientOf(lapland, "Rovaniemi School");
        var elsewhere = pools.ngoPool("Elsewhere NGO");
        var experts = new Profiles(pools, expertPool);
        var aurora = experts.add(lapland.organisation().id(), "Aurora Revontuli", "698", Set.of("fi", "se"),
                TaskType.STORY_LARGE_AUDIENCE);
        experts.presents(aurora, "Kerron toipumisesta koululaisille.", true, true);
        experts.add(elsewhere.organisation().id(), "Kalle Muualla", "091", Set.of("fi"), TaskType.TEACHING);

        assertThat(mvc.get().uri("/pool").with(user(school.requester()))).hasStatusOk().bodyText()
                .contains("Aurora Revontuli", "Kerron toipumisesta koululaisille.", "Pohjoissaame",
                        "Oman tarinan kertominen isolle yleisölle", "Rovaniemi")
                .doesNotContain("Kalle Muualla");
        assertThat(mvc.get().uri("/pool").with(user(elsewhere.requester()))).hasStatusOk().bodyText()
                .contains("Kalle Muualla")
                .doesNotContain("Aurora Revontuli");
    }

    @Test
    void cardsNeverShowContactDetailsOrLivedExperience() {
        var ngo = pools.ngoPool("Private NGO");
        var school = pools.clientOf(ngo, "Careful School");
        var experts = new Profiles(pools, expertPool);
        var saara = experts.add(ngo.organisation().id(), "Saara Salainen", "698", Set.of("fi"), TaskType.TEACHING);
        experts.contact(saara, "+358 40 765 4321", "698", Set.of("fi"), true);
        experts.presents(saara, "Hei!", true, true);
        List<ExperienceArea> areas = expertPool.areasOf(ngo.coordinator());
        experts.shares(saara, areas.getFirst().id(), true);
        List<String> secrets = new ArrayList<>(List.of(saara.email(), "765 4321", "+358"));
        areas.forEach(a -> secrets.addAll(List.of(a.nameFi(), a.nameSv(), a.nameEn(), a.code())));

        for (CurrentUser viewer : List.of(school.requester(), ngo.requester(), ngo.coordinator())) {
            for (String lang : List.of("fi", "sv", "en")) {
                assertThat(mvc.get().uri("/pool?lang=" + lang).with(user(viewer))).hasStatusOk().bodyText()
                        .as("%s in %s", viewer, lang)
                        .contains("Saara Salainen")
                        .doesNotContain(secrets.toArray(String[]::new));
            }
        }
    }

    @Test
    void municipalityIsShownOnlyIfTheExpertChoseSo() {
        var ngo = pools.ngoPool("Municipal NGO");
        var experts = new Profiles(pools, expertPool);
        var shown = experts.add(ngo.organisation().id(), "Niilo Näkyvä", "698", Set.of("fi"), TaskType.TEACHING);
        experts.presents(shown, "Moi", true, true);
        var hidden = experts.add(ngo.organisation().id(), "Pirjo Piilossa", "758", Set.of("fi"), TaskType.TEACHING);
        experts.presents(hidden, "Moi", true, false);

        assertThat(mvc.get().uri("/pool").header("HX-Request", "true").with(user(ngo.requester()))).bodyText()
                .contains("Niilo Näkyvä", "Pirjo Piilossa", "Rovaniemi")
                .doesNotContain("Sodankylä");
    }

    @Test
    void requesterFiltersByTaskAndLanguage() {
        var ngo = pools.ngoPool("Filtered NGO");
        var experts = new Profiles(pools, expertPool);
        experts.add(ngo.organisation().id(), "Tiina Teacher", "698", Set.of("fi"), TaskType.TEACHING);
        experts.add(ngo.organisation().id(), "Sven Svensson", "091", Set.of("sv"), TaskType.PEER_SUPPORT_ONE_TO_ONE);
        CurrentUser requester = ngo.requester();

        assertThat(mvc.get().uri("/pool?taskType=TEACHING").with(user(requester))).bodyText()
                .contains("Tiina Teacher").doesNotContain("Sven Svensson");
        assertThat(mvc.get().uri("/pool?language=sv").with(user(requester))).bodyText()
                .contains("Sven Svensson").doesNotContain("Tiina Teacher");
        assertThat(mvc.get().uri("/pool?language=sv&taskType=TEACHING").with(user(requester))).bodyText()
                .doesNotContain("Sven Svensson", "Tiina Teacher").contains("Ei asiantuntijoita");
        assertThat(mvc.get().uri("/pool?language=klingon&taskType=JUGGLING").with(user(requester))).hasStatusOk()
                .bodyText().contains("Sven Svensson", "Tiina Teacher");
    }

    @Test
    void htmxRequestGetsOnlyTheCards() {
        var ngo = pools.ngoPool("Htmx Cards NGO");
        new Profiles(pools, expertPool).add(ngo.organisation().id(), "Hanna Htmx", "698", Set.of("fi"), TaskType.TEACHING);

        assertThat(mvc.get().uri("/pool?taskType=TEACHING").header("HX-Request", "true").with(user(ngo.requester())))
                .hasStatusOk().bodyText()
                .contains("id=\"cards\"", "Hanna Htmx", "hx-swap-oob=\"innerHTML\"")
                .doesNotContain("<html", "<form");
        assertThat(mvc.get().uri("/pool?taskType=TEACHING").with(user(ngo.requester()))).bodyText()
                .contains("<html", "<form", "<h1", "<h3", "Hanna Htmx");
    }

    @Test
    void expertCannotOpenThePoolButACoordinatorCan() {
        var ngo = pools.ngoPool("Roles NGO");

        assertThat(mvc.get().uri("/pool").with(user(ngo.expert()))).hasStatus(403);
        assertThat(mvc.get().uri("/pool").with(user(ngo.coordinator()))).hasStatusOk();
    }
}
