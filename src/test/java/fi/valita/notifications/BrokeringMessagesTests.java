package fi.valita.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import fi.valita.TestPools;
import fi.valita.ValitaTest;
import fi.valita.assignments.Assignments;
import fi.valita.assignments.Brokering;
import fi.valita.identity.CurrentUser;
import fi.valita.requests.RequestStatus;
import fi.valita.requests.TestRequests;
import fi.valita.requests.WorkRequests;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Offers, confirmations and drop-outs reach the right people, in the app and by e-mail. */
@ValitaTest
class BrokeringMessagesTests {

    @Autowired
    TestPools pools;

    @Autowired
    WorkRequests requests;

    @Autowired
    Brokering brokering;

    @Autowired
    Assignments assignments;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anOfferIsAnnouncedAndTheAcceptanceIsConfirmedToBothSidesWithACalendarFileAndAReminder() {
        var ngo = pools.ngoPool("Messages NGO");
        var request = requests.create(
                TestRequests.talkInDays(ngo.organisation().id(), ngo.organisation().id(), "698", 6), ngo.requester());
        var offer = brokering.sendOffers(request.id(), List.of(ngo.expert().id()),
                Instant.now().plus(1, ChronoUnit.DAYS), ngo.coordinator()).getFirst();

        assertThat(kindsFor(ngo.expert())).containsExactly("OFFER");
        assertThat(mailsTo(ngo.expert())).isEqualTo(1);

        var assignment = brokering.accept(offer.id(), ngo.expert());

        assertThat(kindsFor(ngo.expert())).contains("ASSIGNMENT_CONFIRMED");
        assertThat(kindsFor(ngo.requester())).containsExactly("ASSIGNMENT_CONFIRMED");
        assertThat(jdbc.sql("""
                select count(*) from outbox_message where recipient = :to and attachment_content_type like 'text/calendar%'""")
                .param("to", ngo.requester().email()).query(Integer.class).single()).isEqualTo(1);
        assertThat(reminders(assignment.id())).isEqualTo(1);
    }

    @Test
    void anExpertDroppingOutAlertsTheCoordinatorInformsTheRequesterAndCancelsTheReminder() {
        var ngo = pools.ngoPool("Drop-out NGO");
        var request = requests.create(
                TestRequests.talkInDays(ngo.organisation().id(), ngo.organisation().id(), "698", 6), ngo.requester());
        var offer = brokering.sendOffers(request.id(), List.of(ngo.expert().id()),
                Instant.now().plus(1, ChronoUnit.DAYS), ngo.coordinator()).getFirst();
        var assignment = brokering.accept(offer.id(), ngo.expert());

        assignments.cancel(assignment.id(), "I have the flu", ngo.expert());

        assertThat(kindsFor(ngo.coordinator())).contains("ASSIGNMENT_CANCELLED");
        assertThat(kindsFor(ngo.requester())).contains("ASSIGNMENT_CANCELLED");
        assertThat(reminders(assignment.id())).isZero();
    }

    @Test
    void aRequestClosedAsUnfilledClosesItsOffersAndTellsTheRequester() {
        var ngo = pools.ngoPool("Unfilled NGO");
        var request = requests.create(
                TestRequests.talkInDays(ngo.organisation().id(), ngo.organisation().id(), "698", 6), ngo.requester());
        var offer = brokering.sendOffers(request.id(), List.of(ngo.expert().id()),
                Instant.now().plus(1, ChronoUnit.DAYS), ngo.coordinator()).getFirst();

        requests.markUnfilled(request.id(), ngo.coordinator());

        assertThat(requests.get(request.id(), ngo.requester()).status()).isEqualTo(RequestStatus.UNFILLED);
        assertThat(brokering.openOffersOf(ngo.expert())).extracting(o -> o.offer().id()).doesNotContain(offer.id());
        assertThat(kindsFor(ngo.requester())).containsExactly("REQUEST_UNFILLED");
        assertThat(kindsFor(ngo.expert())).contains("OFFER_CLOSED");
    }

    private List<String> kindsFor(CurrentUser user) {
        return jdbc.sql("select kind from app_notification where user_id = :u order by created_at")
                .param("u", user.id()).query(String.class).list();
    }

    private int mailsTo(CurrentUser user) {
        return jdbc.sql("select count(*) from outbox_message where recipient = :to")
                .param("to", user.email()).query(Integer.class).single();
    }

    private int reminders(UUID assignmentId) {
        return jdbc.sql("select count(*) from outbox_message where reference = :r and status = 'PENDING'")
                .param("r", "assignment-" + assignmentId + "-reminder").query(Integer.class).single();
    }
}
