package fi.valita.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.valita.TestPools;
import fi.valita.ValitaTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@ValitaTest
class WorkRequestsTests {

    @Autowired
    WorkRequests requests;

    @Autowired
    TestPools pools;

    @Test
    void requesterOfAServedSchoolOrdersAndTheCoordinatorSeesItInTheInboxMostUrgentFirst() {
        var ngo = pools.ngoPool("Inbox NGO");
        var school = pools.clientOf(ngo, "Inbox School");
        var later = requests.create(TestRequests.talkInDays(ngo.organisation().id(), school.organisation().id(), "698", 20),
                school.requester());
        var sooner = requests.create(TestRequests.talkInDays(ngo.organisation().id(), school.organisation().id(), "698", 3),
                school.requester());

        assertThat(requests.inbox(InboxFilter.open(), ngo.coordinator())).extracting(WorkRequest::id)
                .containsExactly(sooner.id(), later.id());
        assertThat(requests.ofMyOrganisation(school.requester())).hasSize(2);
        assertThat(requests.get(sooner.id(), school.requester()).status()).isEqualTo(RequestStatus.NEW);
    }

    @Test
    void aPoolThatDoesNotServeTheOrganisationCannotBeOrderedFrom() {
        var ngo = pools.ngoPool("Serving NGO");
        var other = pools.ngoPool("Other NGO");
        var school = pools.clientOf(ngo, "Served School");

        assertThatThrownBy(() -> requests.create(
                        TestRequests.talkInDays(other.organisation().id(), school.organisation().id(), "698", 5),
                        school.requester()))
                .isInstanceOf(RequestRefused.class);
    }

    @Test
    void nobodyOutsideTheTwoOrganisationsSeesTheRequest() {
        var ngo = pools.ngoPool("Private NGO");
        var school = pools.clientOf(ngo, "Private School");
        var otherSchool = pools.clientOf(ngo, "Other School");
        var stranger = pools.ngoPool("Stranger NGO");
        var request = requests.create(
                TestRequests.talkInDays(ngo.organisation().id(), school.organisation().id(), "698", 5), school.requester());

        assertThatThrownBy(() -> requests.get(request.id(), otherSchool.requester())).isInstanceOf(RequestNotFound.class);
        assertThatThrownBy(() -> requests.get(request.id(), stranger.coordinator())).isInstanceOf(RequestNotFound.class);
        assertThatThrownBy(() -> requests.get(request.id(), ngo.expert())).isInstanceOf(RequestNotFound.class);
        assertThat(requests.inbox(InboxFilter.open(), stranger.coordinator())).isEmpty();
    }

    @Test
    void aCancelledRequestLeavesTheInboxAndCannotBeCancelledTwice() {
        var ngo = pools.ngoPool("Cancel NGO");
        var request = requests.create(
                TestRequests.talkInDays(ngo.organisation().id(), ngo.organisation().id(), "091", 5), ngo.requester());

        requests.cancel(request.id(), "The course was moved", ngo.requester());

        assertThat(requests.inbox(InboxFilter.open(), ngo.coordinator())).isEmpty();
        assertThat(requests.get(request.id(), ngo.coordinator()).cancelReason()).isEqualTo("The course was moved");
        assertThatThrownBy(() -> requests.cancel(request.id(), "again", ngo.coordinator()))
                .isInstanceOf(RequestRefused.class);
    }

    @Test
    void timeInThePastAndAMissingPlaceAreRefused() {
        var ngo = pools.ngoPool("Rules NGO");
        var past = TestRequests.talkInDays(ngo.organisation().id(), ngo.organisation().id(), "091", -2);
        assertThatThrownBy(() -> requests.create(past, ngo.requester()))
                .isInstanceOfSatisfying(RequestRefused.class, e -> assertThat(e.field()).isEqualTo("startsAt"));
    }
}
