package fi.valita.experts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.valita.TestPools;
import fi.valita.ValitaTest;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@ValitaTest
class ExpertPoolTests {

    @Autowired
    ExpertPool pool;

    @Autowired
    TestPools pools;

    @Autowired
    JdbcClient jdbc;

    @Test
    void invitedExpertHasAProfileAndEditsIt() {
        var lapland = pools.ngoPool("Lapland NGO");
        var me = lapland.expert();
        var profile = pool.profile(me.id(), me);

        pool.changeContact(me.id(), profile.version(),
                new ContactDetails("Aurora", "aurora@test.example", "+358401234567", "698", Set.of("fi", "se"), true, 200),
                me);
        var areas = pool.areasOf(lapland.coordinator());
        var afterContact = pool.profile(me.id(), me);
        pool.changeExperiences(me.id(), afterContact.version(),
                List.of(new LivedExperience(areas.getFirst().id(), ExperienceRelation.OWN, true)), me);
        pool.changeAvailability(me.id(), afterContact.version() + 1,
                new Availability(List.of(new WeeklySlot(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(12, 0))),
                        false, null, 4, 10),
                me);

        var saved = pool.profile(me.id(), me);
        assertThat(saved.homeMunicipality()).isEqualTo("698");
        assertThat(saved.languages()).containsExactlyInAnyOrder("fi", "se");
        assertThat(saved.experiences()).hasSize(1);
        assertThat(saved.availability()).hasSize(1);
        assertThat(saved.maxAssignmentsPerMonth()).isEqualTo(4);
    }

    @Test
    void secondSaveFromTheSameVersionIsRefusedAndKeepsTheFirst() {
        var me = pools.ngoPool("Concurrent NGO").expert();
        int version = pool.profile(me.id(), me).version();
        pool.changeWork(me.id(), version, new WorkPreferences(Set.of(TaskType.TEACHING), Set.of()), me);

        assertThatThrownBy(() -> pool.changeWork(me.id(), version,
                        new WorkPreferences(Set.of(TaskType.LOBBY_PRESENCE), Set.of()), me))
                .isInstanceOf(ProfileChangedMeanwhile.class);
        assertThat(pool.profile(me.id(), me).taskTypes()).containsExactly(TaskType.TEACHING);
    }

    @Test
    void coordinatorOfAnotherPoolCannotSeeTheProfile() {
        var expert = pools.ngoPool("Pool A").expert();
        var otherCoordinator = pools.ngoPool("Pool B").coordinator();

        assertThatThrownBy(() -> pool.profile(expert.id(), otherCoordinator)).isInstanceOf(ExpertNotFound.class);
        assertThat(pool.search(ExpertFilter.none(), otherCoordinator)).extracting(ExpertSummary::id)
                .doesNotContain(expert.id());
    }

    @Test
    void coordinatorsLookAtLivedExperienceIsLogged() {
        var ngo = pools.ngoPool("Audited NGO");
        pool.profile(ngo.expert().id(), ngo.coordinator());

        int logged = jdbc.sql("select count(*) from expert_access_log where expert_id = :e and viewer_id = :v")
                .param("e", ngo.expert().id())
                .param("v", ngo.coordinator().id())
                .query(Integer.class)
                .single();
        assertThat(logged).isEqualTo(1);
    }

    @Test
    void expertOnABreakIsFilteredAndHiddenFromRequesters() {
        var ngo = pools.ngoPool("Break NGO");
        var me = ngo.expert();
        pool.changeAvailability(me.id(), pool.profile(me.id(), me).version(),
                new Availability(List.of(), true, LocalDate.now().plusMonths(1), null, null), me);

        assertThat(pool.search(new ExpertFilter(null, null, null, null, null, true, null), ngo.coordinator()))
                .extracting(ExpertSummary::id).containsExactly(me.id());
        assertThat(pool.cardsFor(ngo.requester(), java.util.Locale.of("fi"))).extracting(PublicCard::id)
                .doesNotContain(me.id());
    }
}
