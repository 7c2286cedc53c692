package fi.valita.assignments;

import fi.valita.TestPools;
import fi.valita.requests.TestRequests;
import fi.valita.requests.WorkRequest;
import fi.valita.requests.WorkRequests;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Assignments at the stages after the work, for the completion and feedback tests. */
public record TestWork(TestPools pools, WorkRequests requests, Brokering brokering, JdbcClient jdbc) {

    /** A school's request to an NGO's pool, taken by the pool's expert. */
    public record Setting(TestPools.Pool ngo, TestPools.Client school, WorkRequest request, Assignment assignment) {}

    /** The NGO's expert has the assignment of a school's talk in five days; its agreement is not accepted yet. */
    public Setting assigned(String name) {
        return assigned(name, false);
    }

    /** Like {@link #assigned}, the expert taking the work as the offer page shows it: with its agreement. */
    public Setting agreed(String name) {
        return assigned(name, true);
    }

    private Setting assigned(String name, boolean withAgreement) {
        var ngo = pools.ngoPool(name + " NGO");
        var school = pools.clientOf(ngo, name + " School");
        WorkRequest request = requests.create(
                TestRequests.talkInDays(ngo.organisation().id(), school.organisation().id(), "091", 5), school.requester());
        Offer offer = brokering.sendOffers(request.id(), List.of(ngo.expert().id()),
                Instant.now().plus(1, ChronoUnit.DAYS), ngo.coordinator()).getFirst();
        String agreement = withAgreement ? brokering.agreementOffered(offer.id(), ngo.expert()) : null;
        return new Setting(ngo, school, request, brokering.accept(offer.id(), agreement, ngo.expert()));
    }

    /** Like {@link #agreed}, with the work already held: it began three hours ago and ended one hour ago. */
    public Setting worked(String name) {
        Setting s = agreed(name);
        started(s.assignment().id());
        return s;
    }

    /** Moves the assignment's time into the past, as if the work had been done. */
    public void started(UUID assignmentId) {
        jdbc.sql("update assignment set during = tstzrange(now() - interval '3 hours', now() - interval '1 hour') where id = :id")
                .param("id", assignmentId)
                .update();
    }

    /** Moves the report of the work the given number of days back. */
    public void reportedDaysAgo(UUID assignmentId, int days) {
        jdbc.sql("update assignment set completed_at = now() - make_interval(days => :days) where id = :id")
                .param("days", days)
                .param("id", assignmentId)
                .update();
    }
}
