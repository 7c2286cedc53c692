package fi.valita.matching;

import static org.assertj.core.api.Assertions.assertThat;

import fi.valita.TestPools;
import fi.valita.ValitaTest;
import fi.valita.experts.ExpertPool;
import fi.valita.experts.FeeWorkPause;
import fi.valita.requests.FeeBasis;
import fi.valita.requests.NewWorkRequest;
import fi.valita.requests.TestRequests;
import fi.valita.requests.WorkRequest;
import fi.valita.requests.WorkRequests;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Matching skips fee-based work for an expert who asked for volunteer work only, on the real database. */
@ValitaTest
class VolunteerOnlyMatchingTests {

    @Autowired
    Matching matching;

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
    void matchingSkipsFeeBasedWorkForAnExpertWhoAskedSoButStillProposesVolunteerWork() {
        var ngo = pools.ngoPool("Volunteer-only NGO");
        var aino = experts.storytellerInRovaniemi(ngo, "Aino");
        var bertta = experts.storytellerInRovaniemi(ngo, "Bertta");
        WorkRequest paidTalk = experts.talkInRovaniemi(ngo);
        WorkRequest volunteerTalk = requests.create(volunteer(TestRequests.talkInDays(ngo.organisation().id(),
                ngo.organisation().id(), "698", 10)), ngo.requester());

        pool.changeFeeWorkPause(aino.id(), new FeeWorkPause(null), aino);

        Ranking paid = matching.candidates(paidTalk.id(), ngo.coordinator());
        assertThat(paid.candidates()).extracting(Candidate::expertId).containsExactly(bertta.id());
        assertThat(paid.notProposed()).filteredOn(n -> n.expertId().equals(aino.id())).singleElement()
                .satisfies(n -> {
                    assertThat(n.why()).extracting(Reason::code).containsExactly("matching.excluded.volunteer-only");
                    assertThat(n.pickableByHand()).isFalse();
                });
        assertThat(matching.candidates(volunteerTalk.id(), ngo.coordinator()).candidates()).extracting(Candidate::expertId)
                .containsExactlyInAnyOrder(aino.id(), bertta.id());
    }

    @Test
    void aPauseEndingBeforeTheWorkDayLetsTheExpertBeProposedAgain() {
        var ngo = pools.ngoPool("Pause-ends NGO");
        var aino = experts.storytellerInRovaniemi(ngo, "Aino");
        WorkRequest paidTalk = experts.talkInRovaniemi(ngo);
        LocalDate talkDay = paidTalk.startsAt().atZone(ZoneId.of("Europe/Helsinki")).toLocalDate();

        pool.changeFeeWorkPause(aino.id(), new FeeWorkPause(talkDay), aino);
        assertThat(matching.candidates(paidTalk.id(), ngo.coordinator()).candidates()).isEmpty();

        pool.changeFeeWorkPause(aino.id(), new FeeWorkPause(talkDay.minusDays(1)), aino);
        assertThat(matching.candidates(paidTalk.id(), ngo.coordinator()).candidates()).extracting(Candidate::expertId)
                .containsExactly(aino.id());

        pool.changeFeeWorkPause(aino.id(), new FeeWorkPause(null), aino);
        pool.changeFeeWorkPause(aino.id(), null, aino);
        assertThat(matching.candidates(paidTalk.id(), ngo.coordinator()).candidates()).extracting(Candidate::expertId)
                .as("changed back").containsExactly(aino.id());
    }

    private static NewWorkRequest volunteer(NewWorkRequest r) {
        return new NewWorkRequest(r.poolOrganisationId(), r.requesterOrganisationId(), r.requesterUnitId(), r.title(),
                r.description(), r.taskType(), r.wantedAreas(), r.areasRule(), r.targetGroup(), r.audienceSize(),
                r.language(), r.startsAt(), r.endsAt(), r.windowFrom(), r.windowTo(), r.remote(), r.municipalityCode(),
                r.address(), r.remoteLink(), r.expertsNeeded(), FeeBasis.VOLUNTEER, null, r.contactName(),
                r.contactPhone(), r.contactEmail(), r.notes());
    }
}
