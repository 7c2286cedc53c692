package fi.valita.assignments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.valita.TestPools;
import fi.valita.ValitaTest;
import fi.valita.experts.ExpertPool;
import fi.valita.experts.FeeWorkPause;
import fi.valita.identity.CurrentUser;
import fi.valita.requests.FeeBasis;
import fi.valita.requests.NewWorkRequest;
import fi.valita.requests.RequestStatus;
import fi.valita.requests.TestRequests;
import fi.valita.requests.WorkRequest;
import fi.valita.requests.WorkRequests;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A coordinator cannot hand-pick fee-based work for an expert who asked for volunteer work only. */
@ValitaTest
class VolunteerOnlyOffersTests {

    @Autowired
    TestPools pools;

    @Autowired
    WorkRequests requests;

    @Autowired
    Brokering brokering;

    @Autowired
    ExpertPool expertPool;

    TestBrokering given;

    @BeforeEach
    void setUp() {
        given = new TestBrokering(pools, requests, brokering);
    }

    @Test
    void feeBasedWorkIsNotOfferedByHandToAnExpertWhoAskedForVolunteerWorkOnly() {
        var ngo = pools.ngoPool("Hand-pick NGO");
        List<CurrentUser> experts = given.experts(ngo, 2);
        CurrentUser resting = experts.getFirst();
        expertPool.changeFeeWorkPause(resting.id(), new FeeWorkPause(null), resting);
        WorkRequest paid = given.talk(ngo, 5, 1);

        assertThatThrownBy(() -> brokering.sendOffers(paid.id(), TestBrokering.ids(experts), TestBrokering.tomorrow(),
                ngo.coordinator()))
                .isInstanceOfSatisfying(OffersRefused.class,
                        e -> assertThat(e.messageKey()).isEqualTo("assignments.error.volunteer-work-only"));
        assertThat(brokering.offersOf(paid.id(), ngo.coordinator())).as("nobody got the offer").isEmpty();
        assertThat(requests.byIdForProcessing(paid.id()).status()).isEqualTo(RequestStatus.NEW);

        WorkRequest volunteer = requests.create(volunteer(TestRequests.talkInDays(ngo.organisation().id(),
                ngo.organisation().id(), "091", 5)), ngo.requester());
        assertThat(given.offer(volunteer, ngo, resting).expertId()).isEqualTo(resting.id());

        expertPool.changeFeeWorkPause(resting.id(), null, resting);
        assertThat(given.offer(paid, ngo, resting).expertId()).as("after changing it back").isEqualTo(resting.id());
    }

    private static NewWorkRequest volunteer(NewWorkRequest r) {
        return new NewWorkRequest(r.poolOrganisationId(), r.requesterOrganisationId(), r.requesterUnitId(), r.title(),
                r.description(), r.taskType(), r.wantedAreas(), r.areasRule(), r.targetGroup(), r.audienceSize(),
                r.language(), r.startsAt(), r.endsAt(), r.windowFrom(), r.windowTo(), r.remote(), r.municipalityCode(),
                r.address(), r.remoteLink(), r.expertsNeeded(), FeeBasis.VOLUNTEER, null, r.contactName(),
                r.contactPhone(), r.contactEmail(), r.notes());
    }
}
