package fi.valita.experts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.valita.TestPools;
import fi.valita.ValitaTest;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Only the expert decides whether they are offered fee-based work; the profile carries their wish. */
@ValitaTest
class FeeWorkPauseTests {

    @Autowired
    ExpertPool pool;

    @Autowired
    TestPools pools;

    LocalDate today = LocalDate.now(ZoneId.of("Europe/Helsinki"));

    @Test
    void expertAsksForVolunteerWorkOnlyAndTheProfileAndThePoolKnowIt() {
        var ngo = pools.ngoPool("Pause NGO");
        var me = ngo.expert();
        int version = pool.profile(me.id(), me).version();

        pool.changeFeeWorkPause(me.id(), new FeeWorkPause(today.plusDays(3)), me);

        var profile = pool.profile(me.id(), me);
        assertThat(profile.feeWorkPause()).isEqualTo(new FeeWorkPause(today.plusDays(3)));
        assertThat(profile.pausesFeeWorkOn(today.plusDays(3))).isTrue();
        assertThat(profile.pausesFeeWorkOn(today.plusDays(4))).isFalse();
        assertThat(profile.version()).as("an open profile form stays valid").isEqualTo(version);
        assertThat(pool.pausingFeeWorkOn(today, ngo.coordinator())).containsExactly(me.id());
        assertThat(pool.profilesForMatching(ngo.coordinator())).filteredOn(p -> p.id().equals(me.id())).singleElement()
                .extracting(ExpertProfile::feeWorkPause).isEqualTo(new FeeWorkPause(today.plusDays(3)));

        pool.changeFeeWorkPause(me.id(), null, me);
        assertThat(pool.profile(me.id(), me).feeWorkPause()).isNull();
        assertThat(pool.pausingFeeWorkOn(today, ngo.coordinator())).isEmpty();
    }

    @Test
    void nobodyElseDecidesItAndItCannotEndInThePast() {
        var ngo = pools.ngoPool("Pause rules NGO");
        var me = ngo.expert();

        for (var other : new fi.valita.identity.CurrentUser[] {ngo.coordinator(), ngo.admin(), pools.ngoPool("Other").expert()}) {
            assertThatThrownBy(() -> pool.changeFeeWorkPause(me.id(), new FeeWorkPause(null), other))
                    .isInstanceOf(ExpertNotFound.class);
        }
        assertThatThrownBy(() -> pool.changeFeeWorkPause(me.id(), new FeeWorkPause(today.minusDays(1)), me))
                .isInstanceOfSatisfying(InvalidProfile.class,
                        e -> assertThat(e.messageKey()).isEqualTo("experts.error.pause-in-past"));
        assertThat(pool.profile(me.id(), me).feeWorkPause()).isNull();
    }
}
