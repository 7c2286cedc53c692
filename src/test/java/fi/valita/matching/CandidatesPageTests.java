package fi.valita.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import fi.valita.TestPools;
import fi.valita.ValitaTest;
import fi.valita.experts.ExpertPool;
import fi.valita.requests.WorkRequest;
import fi.valita.requests.WorkRequests;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The coordinator's list of candidates for a request: reasons in words, boxes for offers, and who may see it. */
@ValitaTest
class CandidatesPageTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestPools pools;

    @Autowired
    ExpertPool pool;

    @Autowired
    WorkRequests requests;

    @Autowired
    JdbcClient jdbc;

    private TestExperts experts;

    @BeforeEach
    void setUp() {
        experts = new TestExperts(pools, pool, requests, jdbc);
    }

    @Test
    void coordinatorSeesTheCandidatesWithReasonsAndBoxesForOffers() {
        var ngo = pools.ngoPool("Candidates NGO");
        var aino = experts.storytellerInRovaniemi(ngo, "Aino Aaltonen");
        WorkRequest talk = experts.talkInRovaniemi(ngo);

        assertThat(page(talk, ngo.coordinator())).hasStatusOk().bodyText()
                .contains("Recovery story for social-work students", "Aino Aaltonen",
                        "Haluaa: Oman tarinan kertominen isolle yleisölle", "Kieli: Suomi", "0 km",
                        "Tehtäviä 90 päivässä: 0", "Ei ole kertonut aikojaan");
        assertThat(page(talk, ngo.coordinator())).body().asString()
                .contains("action=\"/coordinator/requests/" + talk.id() + "/offers\"",
                        "name=\"expertIds\" value=\"" + aino.id() + "\"", "name=\"respondBy\"");
    }

    @Test
    void reasonsComeInTheCoordinatorsLanguage() {
        var ngo = pools.ngoPool("Swedish NGO");
        experts.storytellerInRovaniemi(ngo, "Britta Berg");
        WorkRequest talk = experts.talkInRovaniemi(ngo);

        assertThat(mvc.get().uri("/coordinator/requests/{id}/candidates?lang=sv", talk.id()).with(user(ngo.coordinator())))
                .hasStatusOk().bodyText().contains("Språk: Finska", "Uppdrag på 90 dagar: 0", "Lämpliga erfarenhetsexperter");
    }

    @Test
    void expertOnABreakIsListedAsNotProposedWithoutABox() {
        var ngo = pools.ngoPool("Break NGO");
        var resting = experts.storytellerInRovaniemi(ngo, "Resting Riikka");
        experts.takeABreak(resting);
        WorkRequest talk = experts.talkInRovaniemi(ngo);

        var body = html(page(talk, ngo.coordinator()));

        assertThat(body).contains("<details", "Resting Riikka", "Tauolla").doesNotContain("value=\"" + resting.id() + "\"");
    }

    @Test
    void expertWithoutTheLanguageMayStillBeChosenByHand() {
        var ngo = pools.ngoPool("Language NGO");
        WorkRequest talk = experts.talkInRovaniemi(ngo);

        var body = html(page(talk, ngo.coordinator()));

        assertThat(body).as("the pool's own expert has an empty profile: no language")
                .contains("Ei työskentele kielellä: Suomi", "value=\"" + ngo.expert().id() + "\"");
    }

    @Test
    void expertBookedAtThatTimeIsNotProposed() {
        var ngo = pools.ngoPool("Booked NGO");
        var busy = experts.storytellerInRovaniemi(ngo, "Busy Bertta");
        WorkRequest talk = experts.talkInRovaniemi(ngo);
        experts.assignment(ngo, busy, talk.startsAt().minus(1, ChronoUnit.HOURS), talk.startsAt().plus(1, ChronoUnit.HOURS),
                "CONFIRMED");

        assertThat(page(talk, ngo.coordinator())).bodyText().contains("Varattu samaan aikaan");
        assertThat(html(page(talk, ngo.coordinator()))).doesNotContain("value=\"" + busy.id() + "\"");
    }

    @Test
    void coordinatorOfAnotherPoolIsToldThereIsNoSuchRequest() {
        var ngo = pools.ngoPool("Own NGO");
        WorkRequest talk = experts.talkInRovaniemi(ngo);
        var stranger = pools.ngoPool("Other NGO").coordinator();

        assertThat(page(talk, stranger)).hasStatus(404);
    }

    @Test
    void expertsAndRequestersMayNotSeeCandidates() {
        var ngo = pools.ngoPool("Closed NGO");
        WorkRequest talk = experts.talkInRovaniemi(ngo);

        assertThat(page(talk, ngo.expert())).hasStatus(403);
        assertThat(page(talk, ngo.requester())).hasStatus(403);
    }

    private static String html(org.springframework.test.web.servlet.assertj.MvcTestResult result) {
        try {
            return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private org.springframework.test.web.servlet.assertj.MvcTestResult page(WorkRequest request,
            fi.valita.identity.CurrentUser viewer) {
        return mvc.get().uri("/coordinator/requests/{id}/candidates", request.id()).with(user(viewer)).exchange();
    }
}
