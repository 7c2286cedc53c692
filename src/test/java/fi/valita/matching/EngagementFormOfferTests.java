package fi.valita.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import fi.valita.TestPools;
import fi.valita.ValitaTest;
import fi.valita.assignments.Brokering;
import fi.valita.assignments.Offer;
import fi.valita.assignments.OffersRefused;
import fi.valita.experts.EngagementForm;
import fi.valita.experts.ExpertPool;
import fi.valita.identity.CurrentUser;
import fi.valita.requests.WorkRequest;
import fi.valita.requests.WorkRequests;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The engagement form of an offer: chosen on the candidates page from the expert's forms that fit the work (the
 * usual one unless the coordinator picks another), refused when none fits, and shown to the expert on the offer.
 */
@ValitaTest
class EngagementFormOfferTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestPools pools;

    @Autowired
    ExpertPool pool;

    @Autowired
    WorkRequests requests;

    @Autowired
    Brokering brokering;

    @Autowired
    JdbcClient jdbc;

    private TestExperts experts;
    private TestPools.Pool ngo;
    private WorkRequest talk;

    @BeforeEach
    void setUp() {
        experts = new TestExperts(pools, pool, requests, jdbc);
        ngo = pools.ngoPool("Forms NGO");
        talk = experts.talkInRovaniemi(ngo);
    }

    @Test
    void theCoordinatorPicksTheFormWhenSeveralFitAndTheExpertSeesItOnTheOffer() {
        CurrentUser aino = experts.storytellerInRovaniemi(ngo, "Aino Form");
        pools.engage(aino.id(), Set.of(EngagementForm.FEE_BASED_ASSIGNMENT, EngagementForm.REHABILITATIVE_WORK_ACTIVITY));

        assertThat(mvc.get().uri("/coordinator/requests/{id}/candidates", talk.id()).with(user(ngo.coordinator())))
                .hasStatusOk().body().asString()
                .contains("name=\"form-" + aino.id() + "\"", "value=\"FEE_BASED_ASSIGNMENT\"",
                        "value=\"REHABILITATIVE_WORK_ACTIVITY\"", "Kuntouttava työtoiminta");

        assertThat(mvc.post().uri("/coordinator/requests/{id}/offers", talk.id()).with(user(ngo.coordinator())).with(csrf())
                .param("expertIds", aino.id().toString())
                .param("form-" + aino.id(), "REHABILITATIVE_WORK_ACTIVITY")
                .param("respondBy", respondBy()))
                .hasStatus3xxRedirection();
        Offer offer = brokering.openOffersOf(aino).getFirst().offer();
        assertThat(offer.engagementForm()).isEqualTo(EngagementForm.REHABILITATIVE_WORK_ACTIVITY);
        assertThat(mvc.get().uri("/offers/{id}", offer.id()).with(user(aino))).hasStatusOk().bodyText()
                .contains("Työn muoto", "Kuntouttava työtoiminta", "Ei palkkiota")
                .doesNotContain("järjestösi tavallinen palkkio");
        assertThat(mvc.get().uri("/coordinator/requests/{id}/offers", talk.id()).with(user(ngo.coordinator())))
                .hasStatusOk().bodyText().contains("Kuntouttava työtoiminta");
    }

    @Test
    void anExpertWithOneFittingFormIsOfferedTheWorkUnderIt() {
        CurrentUser bertta = experts.storytellerInRovaniemi(ngo, "Bertta Form");
        pools.engage(bertta.id(), Set.of(EngagementForm.SOCIAL_WELFARE_WORK_ACTIVITY, EngagementForm.VOLUNTEER));

        assertThat(mvc.get().uri("/coordinator/requests/{id}/candidates", talk.id()).with(user(ngo.coordinator())))
                .hasStatusOk().bodyText().contains("Työn muoto: Sosiaalihuollon työtoiminta");
        List<Offer> sent = brokering.sendOffers(talk.id(), List.of(bertta.id()), in(2), ngo.coordinator());

        assertThat(sent).singleElement().extracting(Offer::engagementForm)
                .isEqualTo(EngagementForm.SOCIAL_WELFARE_WORK_ACTIVITY);
    }

    @Test
    void workNoneOfWhoseFormsFitsIsNeverOfferedNotEvenByHand() {
        CurrentUser volunteer = experts.storytellerInRovaniemi(ngo, "Cecilia Volunteer");
        pools.engage(volunteer.id(), Set.of(EngagementForm.VOLUNTEER));
        CurrentUser unknown = experts.storytellerInRovaniemi(ngo, "Daniel Unknown");
        pools.engage(unknown.id(), Set.of());

        assertThat(mvc.get().uri("/coordinator/requests/{id}/candidates", talk.id()).with(user(ngo.coordinator())))
                .hasStatusOk().body().asString()
                .contains("Mikään hänen työn muodoistaan ei sovi palkalliseen työhön", "Profiilissa ei ole työn muotoa")
                .doesNotContain("value=\"" + volunteer.id() + "\"", "value=\"" + unknown.id() + "\"");
        assertThatThrownBy(() -> brokering.sendOffers(talk.id(), List.of(volunteer.id()), in(2), ngo.coordinator()))
                .isInstanceOf(OffersRefused.class).hasMessage("assignments.error.no-fitting-engagement-form");
        assertThatThrownBy(() -> brokering.sendOffers(talk.id(), List.of(unknown.id()), in(2), ngo.coordinator()))
                .isInstanceOf(OffersRefused.class).hasMessage("assignments.error.no-fitting-engagement-form");
        assertThat(brokering.openOffersOf(volunteer)).isEmpty();
    }

    @Test
    void aChosenFormThatIsNotTheExpertsOrDoesNotFitIsRefused() {
        CurrentUser aino = experts.storytellerInRovaniemi(ngo, "Aino Chosen");

        assertThatThrownBy(() -> brokering.sendOffers(talk.id(), List.of(aino.id()),
                Map.of(aino.id(), EngagementForm.EMPLOYMENT), in(2), ngo.coordinator()))
                .isInstanceOf(OffersRefused.class).hasMessage("assignments.error.engagement-form-does-not-fit");
        assertThatThrownBy(() -> brokering.sendOffers(talk.id(), List.of(aino.id()),
                Map.of(aino.id(), EngagementForm.VOLUNTEER), in(2), ngo.coordinator()))
                .as("volunteer is one of hers, but the talk is paid")
                .isInstanceOf(OffersRefused.class).hasMessage("assignments.error.engagement-form-does-not-fit");
        assertThat(mvc.post().uri("/coordinator/requests/{id}/offers", talk.id()).with(user(ngo.coordinator())).with(csrf())
                .param("expertIds", aino.id().toString())
                .param("form-" + aino.id(), "VOLUNTEER")
                .param("respondBy", respondBy()))
                .hasStatus(422).bodyText().contains("Valitse uudelleen");
        assertThat(brokering.openOffersOf(aino)).isEmpty();
    }

    private static String respondBy() {
        return java.time.LocalDateTime.now(java.time.ZoneId.of("Europe/Helsinki")).plusDays(2)
                .truncatedTo(ChronoUnit.MINUTES).toString();
    }

    private static Instant in(int days) {
        return Instant.now().plus(days, ChronoUnit.DAYS);
    }
}
